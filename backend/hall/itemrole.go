package hall

// ItemRole is what a service item means to the hall's rules (业务角色): the 低保 lists, the
// monthly amount at approval and the proactive lists read an item's role, never its code, so
// an item the rules depend on may carry any code. "" is an item no rule reads.
type ItemRole string

// The roles the rules read.
const (
	RoleNone            ItemRole = ""
	RoleAllowanceNew    ItemRole = "allowance_new"    // 低保新申请
	RoleAllowanceChange ItemRole = "allowance_change" // 低保家庭情况变更
	RoleAllowanceReview ItemRole = "allowance_review" // 低保复核
	RoleAllowanceStop   ItemRole = "allowance_stop"   // 低保暂停或停发
	RoleMedicalEnrol    ItemRole = "medical_enrol"    // 医保参保登记
	RoleMedicalPayment  ItemRole = "medical_payment"  // 医保缴费
	RolePensionClaim    ItemRole = "pension_claim"    // 养老待遇领取
)

// ItemRoles lists every role an item may carry, RoleNone first, in the catalog's order.
var ItemRoles = []ItemRole{RoleNone, RoleMedicalEnrol, RoleMedicalPayment, RolePensionClaim,
	RoleAllowanceNew, RoleAllowanceChange, RoleAllowanceReview, RoleAllowanceStop}

var itemRoleLabels = map[ItemRole]string{
	RoleNone: "无", RoleAllowanceNew: "低保新申请", RoleAllowanceChange: "低保家庭情况变更", RoleAllowanceReview: "低保复核",
	RoleAllowanceStop: "低保停发", RoleMedicalEnrol: "医保参保", RoleMedicalPayment: "医保缴费", RolePensionClaim: "养老待遇领取",
}

// Label is the role's Chinese name.
func (r ItemRole) Label() string { return itemRoleLabels[r] }

// Valid reports whether r is a known role (RoleNone included).
func (r ItemRole) Valid() bool { _, ok := itemRoleLabels[r]; return ok }

// AllowanceGrantRoles are the 低保 roles whose approval sets a monthly amount and the first
// month paid, and makes the applicant a recipient.
var AllowanceGrantRoles = []ItemRole{RoleAllowanceNew, RoleAllowanceChange, RoleAllowanceReview}

// AllowanceDecisionRoles are the roles whose successful outcome decides whether a household
// receives 低保: the grants and the stop. The newest decision counts.
var AllowanceDecisionRoles = []ItemRole{RoleAllowanceNew, RoleAllowanceChange, RoleAllowanceReview, RoleAllowanceStop}

// GrantsAllowance reports whether an item of role r sets a monthly amount when it succeeds.
func GrantsAllowance(r ItemRole) bool {
	for _, g := range AllowanceGrantRoles {
		if r == g {
			return true
		}
	}
	return false
}

// OutreachRoles are, per proactive list, the roles of the items whose case (not refused) means
// the hall is already on it; the first is the item a case from the list is started with.
var OutreachRoles = map[OutreachList][]ItemRole{
	ListTurning60: {RolePensionClaim},
	ListReview:    {RoleAllowanceReview},
	ListNewborn:   {RoleMedicalEnrol, RoleMedicalPayment},
	ListUnpaid:    {RoleMedicalPayment},
}

// BuiltinRoles are the roles of the built-in items, by their codes. Migration 0017 filled the
// stored items' roles from the same table; a built-in item's code and role cannot be changed.
var BuiltinRoles = map[string]ItemRole{
	"DB-01": RoleAllowanceNew, "DB-02": RoleAllowanceChange, "DB-03": RoleAllowanceReview, "DB-04": RoleAllowanceStop,
	"YB-01": RoleMedicalEnrol, "YB-02": RoleMedicalPayment, "YL-03": RolePensionClaim,
}
