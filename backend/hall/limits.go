package hall

import "unicode/utf8"

// Length limits of the text a user types, in characters (not bytes: a Chinese character is one).
// Each is the server's limit and the form's maxlength at once: the forms read the generated copy
// in frontend/src/generated/limits.ts (Limits), and a test fails when that copy is stale. Limits
// of one registry that already had their own names (MaxCadreName, MaxTeamName, MaxVisitDiary …)
// stay beside their types and are listed in Limits too.
const (
	MaxQuery    = 40  // a search box: a name, a number, an address or a case number
	MaxName     = 30  // a person's name: resident, petitioner, representative, agent
	MaxAddress  = 100 // an address: resident, household, petitioner, representative
	MaxPhone    = 20  // a phone number as typed, spaces included (CleanPhone)
	MaxIDNumber = 24  // an ID number as typed: 18 characters with room for spaces
	MaxAmount   = 12  // a sum of money in yuan as typed: 1234567.89 (ParseYuan)
	MaxMonthDay = 5   // a day of the year as MM-DD

	MaxResidentNote  = 500 // 备注 of a resident
	MaxAgentRelation = 20  // 与申请人关系 of an agent

	MaxHallName    = 40  // 服务大厅名称
	MaxTownship    = 20  // 苏木乡镇
	MaxBanner      = 20  // 旗县（市、区）
	MaxOfficeHours = 100 // 办公时间 of the hall

	MaxVillageName = 30 // 嘎查村/社区名称
	MaxGroupName   = 20 // 组名称

	MaxUsername      = 32  // 登录名 of a new operator (usernameRe)
	MaxOperatorName  = 20  // 姓名 of an operator
	MaxLoginName     = 64  // what the login box accepts
	MaxLoginPassword = 128 // what the password box accepts (a password is at most 72 bytes)
	MaxPassword      = 72  // a new password; bcrypt reads 72 bytes, so CheckPassword also counts bytes

	MaxCalendarNote = 200 // 依据 of a year's holidays: the notice's number

	MaxItemCode        = 16   // 事项编码 (itemCodeRe)
	MaxItemName        = 40   // 事项名称
	MaxLegalBasis      = 500  // 政策依据
	MaxEligibility     = 1000 // 办理对象和条件
	MaxMaterialName    = 40   // 材料名称
	MaxMaterialNote    = 100  // 材料说明
	MaxStep            = 200  // one 办理步骤
	MaxFee             = 100  // 收费标准
	MaxDepartment      = 60   // 办理部门
	MaxPlaceHours      = 200  // 办理地点和时间
	MaxQA              = 3000 // 问答
	MaxCaseSummary     = 500  // 诉求摘要
	MaxIntakeNote      = 300  // 受理说明
	MaxCaseNote        = 500  // 说明 of a case action
	MaxDepartments     = 100  // 报送部门 of a case reported up
	MaxMeetingPeople   = 300  // 参会单位和人员
	MaxMeetingDecision = 1000 // 会议议定事项
	MaxMonthlyAmount   = 9    // 月保障金额 as typed: 123456.78 (amountRe)

	MaxPetitionFacts    = 2000 // 事实经过
	MaxPetitionRequest  = 1000 // 信访请求
	MaxPetitionReasons  = 2000 // 理由
	MaxPetitionReason   = 300  // 不予受理的理由, 延期理由
	MaxForwardedTo      = 100  // 转送（告知）的有权处理机关
	MaxHandlingUnit     = 60   // 承办单位
	MaxApprover         = 20   // 批准人
	MaxPetitionReply    = 3000 // 书面答复内容, 答复意见, 复查（复核）意见
	MaxPetitionNote     = 500  // 说明 of a petition action
	MaxPetitionNoteText = 1000 // a note on a petition's file
	MaxCaseNumber       = 20   // 办件编号
	MaxRosterPlace      = 40   // 接待地点
	MaxRosterHours      = 30   // 接待时间
	MaxRosterNote       = 100  // 调换原因, 更换原因

	MaxGuideTitle    = 20   // 标题 of a pocket guide
	MaxGuideSubtitle = 30   // 副标题 of a pocket guide
	MaxLeafletTitle  = 40   // 标题 of a leaflet
	MaxParagraph     = 2000 // one paragraph of a leaflet
	MaxFactLabel     = 20   // 要点名称
	MaxFactValue     = 200  // 要点内容
	MaxContacts      = 200  // 联系方式 of a leaflet
	MaxPledge        = 20   // 服务承诺 on a cadre's card

	MaxBriefingTitle  = 20  // 简报名称
	MaxBriefingOffice = 40  // 印发单位
	MaxNotableText    = 500 // the text of a notable case (典型事例)

	MaxPairNote         = 200  // 困难情况 of a pairing
	MaxPairEndNote      = 100  // 结束原因 of a pairing
	MaxHelpDescription  = 500  // 帮扶内容
	MaxDonor            = 40   // 捐款人（单位）
	MaxDonationUse      = 100  // 用途
	MaxDonationNote     = 200  // 备注 of a donation
	MaxActivityPeople   = 200  // 参加人员
	MaxActivityContent  = 2000 // 活动内容
	MaxActivityFollowUp = 1000 // 后续事项
	MaxFeedbackNote     = 500  // 反馈情况 of a visit
	MaxCoverNote        = 100  // 备注 of a household's assignment or transfer
)

// Limits lists every limit above by the name the frontend reads it under
// (limits.query, limits.name …): the table the TypeScript copy is generated from.
func Limits() map[string]int {
	return map[string]int{
		"query": MaxQuery, "name": MaxName, "address": MaxAddress, "phone": MaxPhone,
		"idNumber": MaxIDNumber, "amount": MaxAmount, "monthDay": MaxMonthDay,
		"residentNote": MaxResidentNote, "agentRelation": MaxAgentRelation,
		"hallName": MaxHallName, "township": MaxTownship, "banner": MaxBanner, "officeHours": MaxOfficeHours,
		"villageName": MaxVillageName, "groupName": MaxGroupName,
		"username": MaxUsername, "operatorName": MaxOperatorName,
		"loginName": MaxLoginName, "loginPassword": MaxLoginPassword, "password": MaxPassword,
		"calendarNote": MaxCalendarNote,
		"itemCode":     MaxItemCode, "itemName": MaxItemName, "legalBasis": MaxLegalBasis,
		"eligibility": MaxEligibility, "materialName": MaxMaterialName, "materialNote": MaxMaterialNote,
		"step": MaxStep, "fee": MaxFee, "department": MaxDepartment, "placeHours": MaxPlaceHours, "qa": MaxQA,
		"caseSummary": MaxCaseSummary, "intakeNote": MaxIntakeNote, "caseNote": MaxCaseNote,
		"ratingComment": MaxRatingComment, "ratingReason": MaxRatingReason, "cardNo": MaxCardNo,
		"departments": MaxDepartments, "meetingPeople": MaxMeetingPeople,
		"meetingDecision": MaxMeetingDecision, "monthlyAmount": MaxMonthlyAmount,
		"petitionFacts": MaxPetitionFacts, "petitionRequest": MaxPetitionRequest,
		"petitionReasons": MaxPetitionReasons, "petitionReason": MaxPetitionReason,
		"forwardedTo": MaxForwardedTo, "handlingUnit": MaxHandlingUnit, "approver": MaxApprover,
		"petitionReply": MaxPetitionReply, "petitionNote": MaxPetitionNote,
		"petitionNoteText": MaxPetitionNoteText, "caseNumber": MaxCaseNumber,
		"rosterPlace": MaxRosterPlace, "rosterHours": MaxRosterHours, "rosterNote": MaxRosterNote,
		"guideTitle": MaxGuideTitle, "guideSubtitle": MaxGuideSubtitle, "leafletTitle": MaxLeafletTitle,
		"mongolianName": MaxMongolianName, "mongolianText": MaxMongolianText, "mongolianParagraph": MaxMongolianParagraph,
		"paragraph": MaxParagraph, "factLabel": MaxFactLabel, "factValue": MaxFactValue,
		"contacts": MaxContacts, "pledge": MaxPledge,
		"briefingTitle": MaxBriefingTitle, "briefingOffice": MaxBriefingOffice, "notableText": MaxNotableText,
		"pairNote": MaxPairNote, "pairEndNote": MaxPairEndNote, "helpDescription": MaxHelpDescription,
		"donor": MaxDonor, "donationUse": MaxDonationUse, "donationNote": MaxDonationNote,
		"activityPeople": MaxActivityPeople, "activityContent": MaxActivityContent,
		"activityFollowUp": MaxActivityFollowUp, "visitDiary": MaxVisitDiary, "issueText": MaxIssueText,
		"feedbackNote": MaxFeedbackNote, "coverNote": MaxCoverNote,
		"cadreName": MaxCadreName, "cadrePosition": MaxCadrePosition, "cadreUnit": MaxCadreUnit,
		"cadreCoverage": MaxCadreCoverage, "teamName": MaxTeamName,
		"deviceName": DeviceNameMax, "pairingCode": PairingCodeLength, "queuePrefix": 1,
		"queueGroupName": QueueGroupNameMax, "queueWindowName": QueueWindowNameMax, "queueSpeech": QueueSpeechMax,
	}
}

// Chars is the length of user text as a person counts it and a form's maxlength limits it: in
// characters, never bytes (一 is one, not three). Every length check on user text goes through it.
func Chars(s string) int { return utf8.RuneCountInString(s) }

// TooLong reports whether s has more than max characters (Chars).
func TooLong(s string, max int) bool { return Chars(s) > max }

// CheckQuery refuses a search text longer than a search box accepts (MaxQuery characters).
func CheckQuery(text string) error {
	if TooLong(text, MaxQuery) {
		return Invalid("text", "查询内容不能超过"+itoa(MaxQuery)+"个字")
	}
	return nil
}
