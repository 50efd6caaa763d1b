package hall

// The built-in catalog restates public rules (社会保险法, 国发〔2014〕8号, 国发〔2016〕3号,
// 国办发〔2024〕38号, 民发〔2021〕57号) in plain words for villagers. Departments, place and
// hours, and promised days where no rule sets one are local practice: they are defaults the
// administrator edits, and the store never overwrites an edited item.
const (
	hallPlaceHours = placeholderHall + "；" + DefaultOfficeHours
	noFee          = "不收费"
	deptMedical    = "旗医疗保障局"
	deptPension    = "旗社会保险事业服务中心"
	deptCivil      = "旗民政局（苏木乡镇人民政府受理、初审）"

	basisMedical = "《中华人民共和国社会保险法》；《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）；" +
		"《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》（国办发〔2024〕38号）"
	basisPension   = "《中华人民共和国社会保险法》；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"
	basisAllowance = "《社会救助暂行办法》（国务院令第649号）；《最低生活保障审核确认办法》（民发〔2021〕57号）"
)

// shown is an original shown at the counter and handed back (nothing kept).
func shown(name string, required bool, note string) Material {
	return Material{Name: name, Original: true, Copies: 0, Required: required, Note: note}
}

// kept is a document handed in: original (true) or photocopy, one copy kept on file.
func kept(name string, original, required bool, note string) Material {
	return Material{Name: name, Original: original, Copies: 1, Required: required, Note: note}
}

const idBack = "出示原件，核对后当场退还"

// BuiltinCatalog is the catalog a new hall starts with: resident medical insurance (医保),
// resident pension (养老), minimum subsistence allowance (低保) and other requests (其他).
func BuiltinCatalog() []ServiceItem {
	items := append(medicalItems(), pensionItems()...)
	items = append(items, allowanceItems()...)
	items = append(items, otherItems()...)
	for i := range items {
		items[i].Active = true
		items[i].Builtin = true
		items[i].Role = BuiltinRoles[items[i].Code]
		if items[i].Fee == "" {
			items[i].Fee = noFee
		}
		if items[i].PlaceHours == "" {
			items[i].PlaceHours = hallPlaceHours
		}
	}
	return items
}

func medicalItems() []ServiceItem {
	return []ServiceItem{{
		Code: "YB-01", Name: "城乡居民医保参保登记", Category: "医保", DefaultLedger: "即办",
		LegalBasis:  basisMedical,
		Eligibility: "没有参加职工医保的城乡居民，包括农牧民、城镇没有工作的居民、学生、儿童和新生儿，一般在户口所在地参保。已经参加职工医保的，不用重复参加。",
		Materials: []Material{
			shown("居民身份证或户口簿", true, idBack),
			shown("出生医学证明", false, "给新生儿参保时出示"),
		},
		Steps: []string{
			"带上身份证或户口簿到窗口",
			"窗口人员核对身份，查询是否已经参保，避免重复参保",
			"录入参保信息，当场办结",
			"告诉群众交费的时间、金额和方式，以及从什么时候起看病可以报销",
		},
		Department: deptMedical,
		QA: "问：谁可以参加城乡居民医保？\n答：没有参加职工医保的人都可以参加，一般在户口所在地办理。\n" +
			"问：孩子刚出生，怎么参保？\n答：带上出生医学证明和户口簿来窗口办理。新生儿及时参保交费的，不设等待期。\n" +
			"问：不在交费期参保，有什么影响？\n答：从2025年起，在集中交费期以外参保，或者断交后再参保的，参保后要等一段时间才能报销，这段时间叫“等待期”。" +
			"等待期一般是3个月，每多断交1年，再多等1个月，具体以当地医保部门规定为准。\n" +
			"问：有不明白的问谁？\n答：可以到窗口问，也可以拨打医保服务热线12393。",
	}, {
		Code: "YB-02", Name: "城乡居民医保代缴费", Category: "医保", DefaultLedger: "代办",
		LegalBasis: basisMedical,
		Eligibility: "已经参加城乡居民医保的人，交下一年的个人医保费。集中交费期一般是每年9月1日到12月31日，" +
			"交费后第二年1月1日到12月31日看病可以报销（有的地方延长到第二年2月底，以当年通知为准）。",
		Materials: []Material{
			shown("参保人身份证或户口簿", true, idBack),
			shown("代办人身份证", false, "替家人或别人交费时出示"),
		},
		Steps: []string{
			"窗口核对参保人身份，查询参保状态和交费情况",
			"告诉当年个人交费标准，参保人确认金额",
			"通过税务部门的交费渠道代为交费，也可以教群众用手机自己交",
			"把交费结果告诉本人，提醒保存交费凭证",
		},
		PromisedDays: 1,
		Fee:          "办理不收费；个人医保费按当年标准缴纳，大厅不另收任何费用",
		Department:   deptMedical + "（医保费由税务部门征收）",
		QA: "问：什么时候交下一年的医保费？\n答：一般在每年9月1日到12月31日交，交了以后，第二年1月1日起看病可以报销。\n" +
			"问：错过了交费期怎么办？\n答：还可以交，但从2025年起，错过集中交费期或者中间断交的，交费后要等一段时间才能报销（等待期）。" +
			"请尽量按时交费；家里有人外出的，可以由家人代交。\n" +
			"问：刚出生的孩子也要等吗？\n答：新生儿及时参保交费的，不设等待期。\n" +
			"问：家里困难，交不起怎么办？\n答：低保对象、特困人员等困难群众，按规定可以享受个人交费资助，请到窗口问清楚。",
	}, {
		Code: "YB-03", Name: "异地就医备案", Category: "医保", DefaultLedger: "代办",
		LegalBasis: "《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）",
		Eligibility: "参加本地医保、要到外地看病的人：长期在外地居住或工作的，以及临时到外地看病的（转诊转院、外出务工或探亲期间看病等）。" +
			"备案后，可以在外地已开通直接结算的医院直接结算。",
		Materials: []Material{
			shown("居民身份证或医保电子凭证", true, idBack),
			kept("个人承诺书", true, false, "长期在外地居住的填写，窗口提供样表，可以帮忙填写"),
			kept("转诊转院证明", true, false, "转到外地医院治疗的，由本地医院开具"),
		},
		Steps: []string{
			"窗口核对参保信息，问清楚去哪里看病、在外地住多久",
			"需要时填写个人承诺书",
			"窗口在医保系统中代为提交备案，也可以教群众用国家医保服务平台App自己办理",
			"备案办好后告诉本人：在外地看病时带上身份证或医保电子凭证，到已开通异地直接结算的医院结算",
		},
		PromisedDays: 1,
		Department:   deptMedical,
		QA: "问：为什么要备案？\n答：备案后在外地看病，可以在医院直接结算，不用自己先垫钱再回来报销。\n" +
			"问：没备案就在外地住院了怎么办？\n答：可以补办备案，或者出院后带发票、费用清单等材料回来申请报销。没有备案的，报销比例可能会低一些，具体以当地医保部门规定为准。\n" +
			"问：能自己在手机上办吗？\n答：可以用国家医保服务平台App或当地医保App办理；不会用的，来窗口由工作人员帮您办。",
	}, {
		Code: "YB-04", Name: "医疗费用报销代办", Category: "医保", DefaultLedger: "代办",
		LegalBasis:  basisMedical,
		Eligibility: "参加城乡居民医保的人，在医院没能直接结算、自己先垫付了医疗费的（比如在外地没有备案就住院、急诊抢救等），可以交材料申请报销。",
		Materials: []Material{
			shown("参保人身份证或户口簿", true, idBack),
			kept("医疗费用发票", true, true, "交原件，由医保经办机构留存"),
			kept("费用明细清单", true, true, "看病的医院盖章"),
			kept("出院记录或诊断证明", false, true, "住院的交出院记录，门诊的交诊断证明"),
			kept("本人银行卡或社会保障卡", false, true, "用来接收报销款，交卡号页复印件"),
			kept("委托书", true, false, "由别人代办时提供，同时出示代办人身份证"),
		},
		Steps: []string{
			"窗口核对材料，缺什么一次性说清楚",
			"登记为代办事项，给群众开收件回执",
			"窗口把材料报送旗医疗保障局审核",
			"审核通过后，报销款打到参保人本人账户",
			"窗口把结果告诉群众",
		},
		PromisedDays: 20,
		Department:   deptMedical,
		QA: "问：哪些情况要回来报销？\n答：在医院能直接结算的，出院时已经报过了，不用再办。没能直接结算、自己先垫了钱的，带上发票、费用清单等材料来窗口办理。\n" +
			"问：发票丢了怎么办？\n答：请先到看病的医院问能不能补开证明，再来窗口咨询。\n" +
			"问：报销的钱打到哪里？\n答：打到参保人本人的银行卡或社会保障卡上，不发现金。",
	}, {
		Code: "YB-05", Name: "医保参保信息变更", Category: "医保", DefaultLedger: "即办",
		LegalBasis:  basisMedical,
		Eligibility: "参保人的姓名、身份证号、联系电话、住址等信息有变化或者登记错了的；参保身份有变化（如成为低保对象、特困人员）需要更正的。",
		Materials: []Material{
			shown("居民身份证", true, idBack),
			shown("户口簿", false, "更改姓名、身份证号等户口信息时出示"),
			kept("相关证明", false, false, "变更参保身份时提供；政府部门能查到的不用提供"),
		},
		Steps: []string{
			"说明要改什么，出示证件",
			"窗口核对后在医保系统中更正",
			"当场办结，把更正后的信息念给本人确认",
		},
		Department: deptMedical,
		QA: "问：手机号换了要来改吗？\n答：要改。手机号用来接收交费和报销的通知，换了请及时到窗口或在医保App上更改。\n" +
			"问：身份证号登记错了怎么办？\n答：带上身份证和户口簿来窗口，当场核对更正。",
	}}
}

func pensionItems() []ServiceItem {
	return []ServiceItem{{
		Code: "YL-01", Name: "城乡居民养老保险参保登记", Category: "养老", DefaultLedger: "即办",
		LegalBasis:  basisPension,
		Eligibility: "年满16周岁（在校学生除外），没有参加职工基本养老保险、也不属于机关事业单位养老保险范围的城乡居民，在户口所在地参保。",
		Materials: []Material{
			shown("居民身份证", true, idBack),
			shown("户口簿", true, "出示户主页和本人页，核对后当场退还"),
		},
		Steps: []string{
			"出示身份证和户口簿",
			"窗口查询是否已经参加职工养老保险，避免重复参保",
			"填写参保登记表，选择每年的交费档次",
			"当场办结，告诉交费的时间和方式",
		},
		Department: deptPension,
		QA: "问：每年交多少钱？\n答：自己选一个档次：每年100元、200元、300元……一直到1000元，还有1500元、2000元（有的地方还有更高的档次）。" +
			"多交多得，交得多政府补贴也多。\n" +
			"问：交满多少年能领养老金？\n答：年满60周岁、累计交满15年，就可以按月领取养老金。\n" +
			"问：外出打工的人在哪里参保？\n答：在户口所在地参保。已经在单位参加职工养老保险的，不要再参加城乡居民养老保险。",
	}, {
		Code: "YL-02", Name: "养老保险缴费档次变更", Category: "养老", DefaultLedger: "即办",
		LegalBasis:  basisPension,
		Eligibility: "已经参加城乡居民养老保险的人，想改变每年交费金额的，可以重新选择交费档次。",
		Materials:   []Material{shown("居民身份证", true, idBack)},
		Steps: []string{
			"出示身份证，说明想选哪个档次",
			"窗口讲清各档次每年交多少钱、政府补贴多少",
			"在系统中变更档次，当场办结",
			"提醒按新档次交费的时间和方式",
		},
		Department: deptPension,
		QA: "问：可以选哪些档次？\n答：每年100元、200元、300元、400元、500元、600元、700元、800元、900元、1000元、1500元、2000元，以旗里公布的档次为准。\n" +
			"问：选高档次有什么好处？\n答：交的钱全部记入您的个人账户，政府补贴也更多，将来每月领的养老金更多。\n" +
			"问：什么时候可以改？\n答：每年交费前都可以重新选档次，具体按当地规定办理。",
	}, {
		Code: "YL-03", Name: "养老保险待遇领取申请", Category: "养老", DefaultLedger: "代办",
		LegalBasis:  basisPension,
		Eligibility: "参加城乡居民养老保险，年满60周岁、累计交费满15年，并且没有领取国家规定的其他基本养老保障待遇的人。",
		Materials: []Material{
			shown("居民身份证", true, idBack),
			shown("户口簿", true, idBack),
			shown("本人银行卡或社会保障卡", true, "用来按月接收养老金，核对卡号后当场退还"),
		},
		Steps: []string{
			"快满60周岁的，嘎查村协办员会提前告诉本人来办理",
			"窗口核对身份和交费年限；不满15年的，告诉补缴或继续交费的办法",
			"填写待遇领取申请表，确认领取养老金的账户",
			"报送旗社会保险事业服务中心审核，1个工作日内办结",
			"从符合条件的次月起，每月把养老金打到本人账户",
		},
		PromisedDays: 1,
		Department:   deptPension,
		QA: "问：每月能领多少？\n答：每月养老金＝基础养老金＋个人账户养老金。个人账户养老金等于您个人账户里的钱除以139。交得越多、交得越久，领得越多。\n" +
			"问：交费不满15年怎么办？\n答：可以按规定补缴或者继续交费，交满后再申请。具体办法请到窗口咨询。\n" +
			"问：什么时候开始发？\n答：从符合条件的次月开始发。",
	}, {
		Code: "YL-04", Name: "养老保险领取资格认证", Category: "养老", DefaultLedger: "即办",
		LegalBasis:  basisPension,
		Eligibility: "正在领取城乡居民养老金的人，每年要认证一次，证明本人健在、可以继续领取。",
		Materials:   []Material{shown("居民身份证", true, idBack)},
		Steps: []string{
			"大多数人通过数据比对自动完成认证，不用跑腿",
			"需要本人认证的，可以用手机刷脸自助认证（如掌上12333或当地社保App），窗口可以帮忙操作",
			"年老体弱、行动不便的，家人可以申请工作人员上门认证",
			"认证完成后，当场告诉结果",
		},
		Department: deptPension,
		QA: "问：多久认证一次？\n答：每年一次。嘎查村协办员会提醒快到期的人。\n" +
			"问：不认证会怎样？\n答：到期没有认证的，养老金会暂停发放。补办认证后恢复发放，暂停期间的钱一般会补发。\n" +
			"问：在外地的老人怎么认证？\n答：可以用手机刷脸认证，不用回来；不会用的，请家人帮忙，或者打电话问窗口。",
	}, {
		Code: "YL-05", Name: "注销登记及丧葬补助、个人账户继承", Category: "养老", DefaultLedger: "代办",
		LegalBasis: basisPension,
		Eligibility: "参保人去世的，由家属办理注销登记，领取个人账户余额（依法继承）和按规定发放的丧葬补助金；" +
			"参保人转入职工养老保险或者出国（境）定居的，也办理注销或转移。",
		Materials: []Material{
			kept("死亡证明", false, true, "医学死亡证明、火化证明或户口注销证明，任选一种；政府部门能查到的不用提供"),
			shown("继承人身份证", true, idBack),
			shown("继承人银行卡或社会保障卡", true, "用来接收个人账户余额和丧葬补助金"),
			kept("亲属关系证明", false, false, "户口簿上看不出亲属关系时提供"),
		},
		Steps: []string{
			"家属到窗口报告，核对去世人员的信息",
			"从去世的次月起停发养老金，核对有没有多发",
			"核算个人账户余额和丧葬补助金",
			"报送旗社会保险事业服务中心审核，1个工作日内办结",
			"钱打到继承人账户，把结果告诉家属",
		},
		PromisedDays: 1,
		Department:   deptPension,
		QA: "问：老人去世后什么时候来办？\n答：请尽快来办。从去世的次月起养老金停发，多发的钱需要退回。\n" +
			"问：个人账户里的钱怎么办？\n答：个人账户余额可以依法由家属继承，打到继承人的账户上。\n" +
			"问：有丧葬补助吗？\n答：符合当地规定的，可以领取丧葬补助金，标准以旗里公布的为准。",
	}}
}

func allowanceItems() []ServiceItem {
	return []ServiceItem{{
		Code: "DB-01", Name: "最低生活保障新申请", Category: "低保", DefaultLedger: "代办",
		LegalBasis: basisAllowance,
		Eligibility: "共同生活的家庭成员人均收入低于当地低保标准、家庭财产状况符合当地规定的家庭。以家庭为单位，向户口所在地的苏木乡镇人民政府书面申请；" +
			"本人有困难的，可以委托嘎查村委会或者其他人代为申请。",
		Materials: []Material{
			kept("户口簿", false, true, "原件核对后退还"),
			kept("家庭成员身份证", false, true, "共同生活的每个家庭成员都要提供，原件核对后退还"),
			kept("书面申请", true, true, "写明家里困难的情况，本人签字；不会写字的，工作人员可以代写，本人按手印"),
			kept("家庭经济状况核对授权书", true, true, "家庭成员签字，同意核对家里的收入和财产"),
			kept("承诺书", true, true, "承诺所说的情况真实"),
			kept("疾病或残疾证明", false, false, "家里有重病或残疾成员的提供，如诊断证明、残疾证"),
			kept("委托书", true, false, "委托别人代为申请时提供"),
		},
		Steps: []string{
			"受理：苏木乡镇收到书面申请和材料。材料不全的，一次性告诉要补哪些；政府部门能查到的信息，不再让群众提供",
			"入户调查：受理后3个工作日内开始，由2名以上工作人员到家里了解情况，并核对家庭收入和财产",
			"公示：初审意见在申请人所在嘎查村公示7天，群众可以提意见",
			"审核确认：旗民政局（或受委托的苏木乡镇人民政府）在10个工作日内作出决定",
			"告知结果：批准的，从批准的次月起发放低保金；不批准的，在3个工作日内书面告诉申请人，并说明理由",
			"全程从受理起一般不超过30个工作日，特殊情况最长45个工作日",
		},
		StatutoryDays: 30, PromisedDays: 30,
		Department: deptCivil,
		QA: "问：谁可以申请低保？\n答：一家人平均每月收入低于当地低保标准、家里财产也符合规定的，可以以家庭为单位申请。\n" +
			"问：自己来不了怎么办？\n答：可以委托嘎查村委会或者其他人代为申请，带上委托书。\n" +
			"问：要多长时间？\n答：从受理那天起，一般不超过30个工作日，特殊情况最长45个工作日。\n" +
			"问：要交哪些材料？\n答：窗口会一次性告诉您要交的全部材料，政府部门能查到的不用再交。\n" +
			"问：经办人员和村干部的亲属能申请吗？\n答：可以申请，但要如实说明，单独登记备案，按同样的条件审核。",
	}, {
		Code: "DB-02", Name: "低保家庭情况变更", Category: "低保", DefaultLedger: "代办",
		LegalBasis:  basisAllowance,
		Eligibility: "已经享受低保的家庭，家里人口（如出生、去世、结婚、外出）、收入或财产有变化的，要及时告诉苏木乡镇，按规定调整低保金。",
		Materials: []Material{
			shown("户口簿", true, idBack),
			kept("变化情况证明", false, false, "如出生证明、收入证明等；政府部门能查到的不用提供"),
		},
		Steps: []string{
			"低保家庭到窗口报告家里的变化",
			"窗口登记变化情况，需要时工作人员入户核实",
			"报旗民政局按规定增发、减发或者停发",
			"把调整结果告诉本人",
		},
		PromisedDays: 10,
		Department:   deptCivil,
		QA: "问：家里情况变了，为什么要报告？\n答：低保金是按家里人口和收入算的。家里添了人、有人去世，或者收入增加了，都要及时报告。隐瞒不报多领的钱要退回。\n" +
			"问：收入增加了会马上停低保吗？\n答：按规定核算。有的地方对就业的低保家庭有一段渐退期，具体请到窗口咨询。",
	}, {
		Code: "DB-03", Name: "低保复核", Category: "低保", DefaultLedger: "代办",
		LegalBasis: basisAllowance,
		Eligibility: "已经享受低保的家庭要定期复核：收入变化不大的家庭，每年复核一次；" +
			"收入来源不固定、家里有劳动能力成员的家庭，每半年复核一次。",
		Materials: []Material{
			shown("户口簿", true, idBack),
			shown("家庭成员身份证", true, idBack),
			kept("家庭经济状况核对授权书", true, false, "家庭成员有变化时重新签字"),
		},
		Steps: []string{
			"苏木乡镇按名单提醒要复核的家庭",
			"工作人员入户了解情况，核对家庭收入和财产",
			"仍然符合条件的继续发放；情况有变化的，按规定调整或者停发",
			"把复核结果告诉本人",
		},
		PromisedDays: 10,
		Department:   deptCivil,
		QA: "问：为什么要复核？\n答：低保要发给真正困难的家庭，所以要定期看看家里情况有没有变化。\n" +
			"问：多久复核一次？\n答：收入变化不大的家庭每年一次；收入不固定、家里有能干活的人的家庭，每半年一次。\n" +
			"问：复核时不在家怎么办？\n答：请提前和嘎查村或窗口约好时间。",
	}, {
		Code: "DB-04", Name: "低保暂停或停发", Category: "低保", DefaultLedger: "上报",
		LegalBasis: basisAllowance,
		Eligibility: "低保家庭经过复核或核实，家庭收入、财产已经超过规定，或者不再符合条件的，按规定停发低保金；" +
			"情况需要进一步核实的，可以先暂停发放。",
		Materials: []Material{
			shown("户口簿", false, "本家庭来办理时出示"),
			kept("情况变化证明", false, false, "有相关证明的提供；政府部门能查到的不用提供"),
		},
		Steps: []string{
			"发现低保家庭情况变化（家庭报告、复核或群众反映）",
			"工作人员入户核实，听取本人说明",
			"提出暂停或停发意见，上报旗民政局决定，需要时召开联席会议研究",
			"书面告诉本人决定和理由；对决定有意见的，可以向旗民政局反映，也可以依法申请行政复议",
			"以后家庭情况又符合条件的，可以重新申请",
		},
		PromisedDays: 10,
		Department:   deptCivil,
		QA: "问：停发前会告诉我吗？\n答：会。停发要书面告诉您理由，您可以说明情况。\n" +
			"问：不同意怎么办？\n答：可以向旗民政局反映，也可以依法申请行政复议。\n" +
			"问：以后还能再申请吗？\n答：可以。家里又符合条件时，可以重新申请。",
	}}
}

func otherItems() []ServiceItem {
	return []ServiceItem{{
		Code: "QT-01", Name: "其他诉求与意见建议", Category: "其他", DefaultLedger: "即办",
		Eligibility: "目录里没有列出的事情、遇到的困难，以及对政府工作和大厅服务的意见建议，都可以来反映。",
		Materials:   []Material{shown("居民身份证", false, "方便登记和回复结果")},
		Steps: []string{
			"窗口登记您反映的事情",
			"能当场解决的，当场解决",
			"需要代办的，登记为代办事项，在承诺的时间内办好",
			"需要上级或几个部门一起解决的，上报联席会议研究，限期办结",
			"把结果告诉您，请您对服务作出评价",
		},
		Department: "苏木乡镇便民服务大厅",
		QA: "问：什么事都可以来反映吗？\n答：可以。能办的马上办，不能当场办的登记下来，办好后告诉您结果。\n" +
			"问：对办事不满意怎么办？\n答：办完事可以当场评价。不满意的，大厅会回访，在规定时间内整改或者给您说明；也可以拨打12345政务服务便民热线反映。",
	}}
}
