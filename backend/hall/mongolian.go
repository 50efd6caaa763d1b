package hall

import "strings"

// MongolianTexts are the hall's own words in traditional Mongolian script, typed by the
// administrator. HallDesk ships no translations: a Mongolian line prints only where the hall
// supplied its text, so every field may be empty.
type MongolianTexts struct {
	HallName    string `json:"hallName" label:"服务大厅名称（蒙古文）"`
	Township    string `json:"township" label:"苏木乡镇（蒙古文）"`
	Banner      string `json:"banner" label:"旗县（蒙古文）"`
	Address     string `json:"address" label:"大厅地址（蒙古文）"`
	OfficeHours string `json:"officeHours" label:"办公时间（蒙古文）"`
	// Labels maps a document title or fixed label, as printed in Chinese (one of
	// MongolianLabelKeys), to the hall's Mongolian for it.
	Labels  map[string]string `json:"labels"`
	Version int64             `json:"version"` // optimistic concurrency: a save names the version it saw
}

// Label is the hall's Mongolian for a Chinese title or label, "" when the hall gave none.
func (m MongolianTexts) Label(zh string) string { return strings.TrimSpace(m.Labels[zh]) }

// MongolianLabelKeys are the Chinese titles and fixed labels of the printed documents that a
// hall may give a Mongolian form; the administrator's table lists them in this order.
var MongolianLabelKeys = []string{
	"受理回执", "一次性告知单", "办结通知书",
	"信访事项登记表", "口头信访记录", "信访事项答复意见书", "信访事项不予受理告知书", "领导干部信访接待日安排表",
	"便民服务指南", "政策宣传单", "干部民情联系卡",
	"办理地点", "办公时间", "联系电话", "监督电话",
	"办理时限", "收费标准", "承办部门", "办理地点和时间", "咨询电话", "投诉电话", "服务大厅", "所在地", "办公地点和时间",
}
