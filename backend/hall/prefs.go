package hall

import "strconv"

// TextScales are the reading sizes an operator may choose, in percent of the normal text size:
// 标准, 较大, 特大.
var TextScales = []int{100, 115, 130}

// OperatorPrefs are an operator's own settings, kept with the operator and applied at every
// login on any counter.
type OperatorPrefs struct {
	TextScale int `json:"textScale"` // one of TextScales; 0 reads as 100
}

// Clean checks the preferences: the text scale must be one of TextScales.
func (p OperatorPrefs) Clean() (OperatorPrefs, error) {
	if p.TextScale == 0 {
		p.TextScale = 100
	}
	for _, s := range TextScales {
		if p.TextScale == s {
			return p, nil
		}
	}
	return p, Invalid("textScale", "字号只能选择标准、较大或特大（"+strconv.Itoa(p.TextScale)+"%不可用）")
}
