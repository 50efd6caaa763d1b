package hall

import "strings"

// DefaultOfficeHours are the hall's office hours until the administrator sets its own.
const DefaultOfficeHours = "工作日上午9:00—12:00，下午14:30—17:30（法定节假日除外）"

// placeholderHall is the place the built-in catalog names, standing for the hall itself: a
// document never prints it, it prints the hall's own name, address and hours instead.
const placeholderHall = "苏木乡镇便民服务大厅"

// Hours is the hall's office hours: its own, or DefaultOfficeHours.
func (s HallSettings) Hours() string {
	if h := strings.TrimSpace(s.OfficeHours); h != "" {
		return h
	}
	return DefaultOfficeHours
}

// Place is where the hall is: its name and, when set, its address.
func (s HallSettings) Place() string {
	if a := strings.TrimSpace(s.Address); a != "" {
		return s.HallName + "（" + a + "）"
	}
	return s.HallName
}

// PlaceHours is the 地点和时间 to print for a service item whose own text is itemText: the hall's
// name, address and hours where the item names the hall (the catalog's placeholder, or nothing),
// else the item's own text with the township put in for 苏木乡镇.
func (s HallSettings) PlaceHours(itemText string) string {
	t := strings.TrimSpace(itemText)
	if t == "" || strings.HasPrefix(t, placeholderHall) {
		return s.Place() + "；" + s.Hours()
	}
	if s.Township == "" {
		return t
	}
	return strings.Replace(t, "苏木乡镇", s.Township, 1)
}
