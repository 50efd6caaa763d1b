package hall

// Kinds of printed matter counted in the print records (打印记录), so that reports can say how
// many pocket books, cards and leaflets the hall handed out.
const (
	PrintGuide   = "口袋书"
	PrintCard    = "民情联系卡"
	PrintLeaflet = "宣传单"
	PrintReceipt = "受理回执"
)

// DefaultPledge is the service pledge line of the contact card when the hall sets none.
const DefaultPledge = "有事您说话，有难我帮忙"

// MaxPrintCopies bounds one print record (and one batch of cards).
const MaxPrintCopies = 1000
