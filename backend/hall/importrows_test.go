package hall

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

var importToday = time.Date(2025, 3, 10, 0, 0, 0, 0, China)

func importPlaces() PlaceNames {
	return NewPlaceNames([]Village{
		{ID: 1, Name: "乌兰木伦村", Active: true, Groups: []Group{{ID: 11, VillageID: 1, Name: "一组", Active: true}, {ID: 12, VillageID: 1, Name: "二组", Active: true}}},
		{ID: 2, Name: "巴音嘎查", Active: true},
		{ID: 3, Name: "旧村", Active: false},
	})
}

var importHeaderRow = []string{"姓名*", "身份证号码", "出生日期", "性别", "联系电话", "嘎查村/社区*", "组", "住址", "户号", "与户主关系", "居住状态", "特殊群体", "备注"}

func row(name, id, village, group, household, relation string) []string {
	return []string{name, id, "", "", "", village, group, "一组12号", household, relation, "", "", ""}
}

func problemsOf(b *ImportBatch) []string {
	var out []string
	for _, l := range b.Lines {
		for _, p := range l.Problems {
			out = append(out, strings.Join([]string{itoa(p.Row), p.Column, p.Reason}, "|"))
		}
	}
	return out
}

func TestParseImportFindsEveryBadRowAndWhy(t *testing.T) {
	rows := [][]string{
		importHeaderRow,
		row("示例-张伟", "11010519491231002X", "乌兰木伦村", "", "", ""), // the example: skipped
		row("王芳", "11010519491231002X", "乌兰木伦村", "一组", "1", ""),
		row("李强", "34052419800101001X", "乌兰木伦村", "一组", "1", "子女"),
		row("赵敏", "110105194912310021", "乌兰木伦村", "", "", ""),   // wrong check character
		row("孙丽", "34052419800101001x", "巴音嘎查", "", "", ""),    // same number as row 4
		row("周杰", "150627197803150115", "不存在村", "", "", ""),    // unknown village
		row("吴刚", "150627197803150115", "乌兰木伦村", "三组", "", ""), // no such group
		row("郑爽", "150627197803150115", "旧村", "", "", ""),      // inactive village
		{},
		{"", "", "2024-05-01", "女", "", "巴音嘎查", "", "", "", "", "", "", ""}, // no name
		{"新生儿", "", "2024/5/1", "女", "1380000", "巴音嘎查", "", "", "", "", "外地", "低保户、富户", ""},
		{"钱多", "1.50627E+17", "", "", "", "巴音嘎查", "", "", "", "", "", "", ""},
		{"陈晨", "", "", "", "", "巴音嘎查", "", "", "", "", "", "", ""},
	}
	b, err := ParseImport(rows, importPlaces(), importToday)
	if err != nil {
		t.Fatal(err)
	}
	b.Settle(nil)
	want := []string{
		"5|身份证号码|身份证号码校验位不符，请核对身份证原件后重新输入",
		"6|身份证号码|与第4行的身份证号码重复",
		"7|嘎查村/社区|系统中没有名为“不存在村”的嘎查村/社区，请与地点设置中的名称一致",
		"8|组|“乌兰木伦村”下没有名为“三组”的组",
		"9|嘎查村/社区|“旧村”已停用，不能再登记群众",
		"11|姓名|请填写姓名",
		"12|联系电话|联系电话格式不正确：手机号为1开头的11位数字，固定电话需带区号（如0477-8612345）",
		"12|居住状态|居住状态只能是常住或外出",
		"12|特殊群体|未知的特殊群体标签：富户",
		"13|身份证号码|身份证号码被 Excel 当成了数字（科学计数法），请把该列设为文本后重新填写",
		"14|身份证号码|请填写身份证号码；新生儿尚无号码时填写出生日期和性别",
	}
	if got := problemsOf(b); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	r := b.Report()
	if r.Total != 11 || r.Good != 2 || r.BadRows != 9 || r.Skipped != 2 || r.Households != 1 {
		t.Errorf("report counts = %+v", r)
	}
	if p := r.Preview[0]; p.Row != 3 || p.IDNumber != "**************002X" || p.Sex != "女" || p.Age != 75 || p.Relation != "户主" {
		t.Errorf("preview = %+v, want row 3 masked with age and sex from the number", p)
	}
	good := b.GoodLines()
	if len(good) != 2 || good[1].Input.GroupID != 11 || good[1].Input.VillageID != 1 || good[1].Input.Relation != "子女" {
		t.Errorf("good lines = %+v", good)
	}
}

func TestSettleHouseholdsAndRegisteredNumbers(t *testing.T) {
	rows := [][]string{
		importHeaderRow,
		row("户主甲", "11010519491231002X", "乌兰木伦村", "一组", "A", ""),
		row("成员甲", "34052419800101001X", "乌兰木伦村", "二组", "A", "配偶"), // another group than the head
		row("户主乙", "150627197803150115", "乌兰木伦村", "", "B", "户主"),
		row("户主乙二", "150627198001010019", "乌兰木伦村", "", "B", ""), // a second head
		row("成员丙", "150627198505050014", "巴音嘎查", "", "C", "子女"), // a household without a head
		row("已登记", "150627199001010013", "巴音嘎查", "", "", ""),
	}
	b, err := ParseImport(rows, importPlaces(), importToday)
	if err != nil {
		t.Fatal(err)
	}
	b.Settle(map[string]string{"150627199001010013": "老王"})
	want := []string{
		"2|户号|同户第3行有错误，整户暂不导入",
		"3|嘎查村/社区|与户主（第2行）不在同一嘎查村/组",
		"4|与户主关系|户号“B”有多名户主（第4、5行），与户主关系留空即为户主",
		"5|与户主关系|户号“B”有多名户主（第4、5行），与户主关系留空即为户主",
		"6|户号|户号“C”没有户主，请把户主的与户主关系填为“户主”或留空",
		"7|身份证号码|该身份证号码已登记为群众“老王”，不能重复登记",
	}
	if got := problemsOf(b); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if r := b.Report(); r.Good != 0 || r.BadRows != 6 || r.Households != 0 {
		t.Errorf("report = %+v", r)
	}
}

func TestParseImportRefusesFilesNotFromTheTemplate(t *testing.T) {
	for name, tc := range map[string]struct {
		rows [][]string
		want string
	}{
		"nothing":         {nil, "没有内容"},
		"no name column":  {[][]string{{"名字", "身份证号码", "嘎查村/社区"}, {"张三", "11010519491231002X", "巴音嘎查"}}, "缺少“姓名”列"},
		"no ID column":    {[][]string{{"姓名", "嘎查村/社区"}, {"张三", "巴音嘎查"}}, "缺少“身份证号码”列"},
		"twice the same":  {[][]string{{"姓名", "姓名", "身份证号码", "嘎查村/社区"}}, "两列都叫“姓名”"},
		"only an example": {[][]string{importHeaderRow, row("示例-张伟", "11010519491231002X", "巴音嘎查", "", "", "")}, "还没有填写"},
	} {
		_, err := ParseImport(tc.rows, importPlaces(), importToday)
		if e := AsError(err); e == nil || e.Code != CodeInvalid || !strings.Contains(e.Message, tc.want) {
			t.Errorf("%s: err = %v, want invalid with %q", name, err, tc.want)
		}
	}
}

func TestReportListsAtMostMaxProblemsButCountsAll(t *testing.T) {
	rows := [][]string{importHeaderRow}
	for i := 0; i < MaxImportProblems+5; i++ {
		rows = append(rows, row("某人", "110105194912310021", "巴音嘎查", "", "", ""))
	}
	b, err := ParseImport(rows, importPlaces(), importToday)
	if err != nil {
		t.Fatal(err)
	}
	b.Settle(nil)
	r := b.Report()
	if r.BadRows != MaxImportProblems+5 || len(r.Problems) != MaxImportProblems || r.MoreProblems != 5 {
		t.Errorf("bad %d, listed %d, more %d", r.BadRows, len(r.Problems), r.MoreProblems)
	}
}
