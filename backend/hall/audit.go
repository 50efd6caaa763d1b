package hall

// Actor is who does a write or a reveal; every store write takes one for the audit log.
type Actor struct {
	OperatorID int64
	Name       string
}

// Audit actions.
const (
	ActCreate        = "新增"
	ActUpdate        = "修改"
	ActReveal        = "查看完整信息"
	ActLogin         = "登录"
	ActLogout        = "退出"
	ActLoginFailed   = "登录失败"
	ActSetup         = "初始化"
	ActActivate      = "启用"
	ActDeactivate    = "停用"
	ActResetPassword = "重置密码"
	ActPrint         = "打印"
	ActExport        = "导出"
	ActImport        = "导入"
	ActVerify        = "校验"
	ActPair          = "配对"
)

// AuditEntry is one line of the audit log.
type AuditEntry struct {
	ID           int64  `json:"id"`
	At           string `json:"at"`
	OperatorID   int64  `json:"operatorId"`
	OperatorName string `json:"operatorName"`
	Action       string `json:"action"`
	Entity       string `json:"entity"`
	EntityID     int64  `json:"entityId"`
	Detail       string `json:"detail"`
}

// AuditQuery filters the log.
type AuditQuery struct {
	OperatorID int64  `json:"operatorId"`
	Entity     string `json:"entity"`
	Action     string `json:"action"`
	From       Date   `json:"from" ts_type:"string"` // days in China, both included
	To         Date   `json:"to" ts_type:"string"`
	Page       int    `json:"page"`
	PageSize   int    `json:"pageSize"`
}

// AuditPage is one page of the log, newest first.
type AuditPage struct {
	Items []AuditEntry `json:"items"`
	Total int          `json:"total"`
	Page  int          `json:"page"`
}

// AuditVerification is the result of walking the audit log's hash chain and comparing it with
// the anchors kept outside the database.
type AuditVerification struct {
	Checked  int64          `json:"checked"`  // lines walked (all of them)
	Broken   *AuditBreak    `json:"broken"`   // the first problem; nil when the chain is whole and no anchor disagrees
	Problems []AuditBreak   `json:"problems"` // every problem, in the order found (at most MaxProblems)
	More     int            `json:"more"`     // problems found beyond those listed
	Head     AuditHead      `json:"head"`     // the chain's head as stored
	Anchors  []AnchorResult `json:"anchors"`  // each anchor compared, highest line first
	// LastRestore is the latest restore line of the log: anchors taken before it that disagree
	// belong to the data the restore replaced.
	LastRestore *AuditEntry `json:"lastRestore"`
	// NoChain is set for data from before the chain existed (schema version below 10): there is
	// nothing to check yet; the chain is built, once, when the data is opened or restored.
	NoChain bool `json:"noChain"`
}

// MaxProblems is how many problems a verification lists.
const MaxProblems = 50

// AuditBreak is one problem of the chain and why.
type AuditBreak struct {
	Entry  AuditEntry `json:"entry"` // the line it shows at (id 0 when there is none)
	Kind   string     `json:"kind"`  // one of the Problem… kinds
	Reason string     `json:"reason"`
}
