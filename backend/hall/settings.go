package hall

// HallSettings describes the hall; printed on receipts and leaflets and shown in the title bar.
type HallSettings struct {
	HallName         string `json:"hallName" label:"服务大厅名称"`
	Township         string `json:"township" label:"苏木乡镇"`
	Banner           string `json:"banner" label:"旗县（市、区）"`
	Phone            string `json:"phone" label:"大厅电话"`
	SupervisionPhone string `json:"supervisionPhone" label:"监督电话"`
	IdleMinutes      int    `json:"idleMinutes" label:"无操作自动退出（分钟）"`
	Address          string `json:"address" label:"大厅地址"`           // 大厅地址, printed under 地点和时间
	OfficeHours      string `json:"officeHours" label:"办公时间"`       // 办公时间; empty: DefaultOfficeHours
	RemedyDays       int    `json:"remedyDays" label:"差评整改期限（工作日）"` // 0: DefaultRemedyDays
	Version          int64  `json:"version"`                        // optimistic concurrency: a save names the version it saw
	// Mongolian is loaded with the settings for printing and saved on its own (SaveMongolian).
	Mongolian MongolianTexts `json:"mongolian"`
}

// Clean validates the settings.
func (s HallSettings) Clean() (HallSettings, error) {
	var err error
	if s.HallName, err = CleanText("hallName", "服务大厅名称", s.HallName, MaxHallName, true); err != nil {
		return s, err
	}
	if s.Township, err = CleanText("township", "苏木乡镇", s.Township, MaxTownship, true); err != nil {
		return s, err
	}
	if s.Banner, err = CleanText("banner", "旗县（市、区）", s.Banner, MaxBanner, true); err != nil {
		return s, err
	}
	if s.Phone, err = CleanPhone("phone", "大厅电话", s.Phone, true); err != nil {
		return s, err
	}
	if s.SupervisionPhone, err = CleanPhone("supervisionPhone", "监督电话", s.SupervisionPhone, false); err != nil {
		return s, err
	}
	if s.Address, err = CleanText("address", "大厅地址", s.Address, MaxAddress, false); err != nil {
		return s, err
	}
	if s.OfficeHours, err = CleanText("officeHours", "办公时间", s.OfficeHours, MaxOfficeHours, false); err != nil {
		return s, err
	}
	if s.IdleMinutes == 0 {
		s.IdleMinutes = DefaultIdleMinutes
	}
	if s.IdleMinutes < 5 || s.IdleMinutes > 480 {
		return s, Invalid("idleMinutes", "无操作自动退出时间应在5至480分钟之间")
	}
	if s.RemedyDays == 0 {
		s.RemedyDays = DefaultRemedyDays
	}
	if err := CheckRemedyDays(s.RemedyDays); err != nil {
		return s, err
	}
	return s, nil
}

// SetupInput is the first-start form: the hall and its first administrator.
type SetupInput struct {
	Hall  HallSettings  `json:"hall"`
	Admin OperatorInput `json:"admin"`
}
