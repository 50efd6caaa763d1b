package xlsx

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"
)

// openWritten writes tb and opens the workbook with excelize, closed when the test ends.
func openWritten(t *testing.T, tb Table) *excelize.File {
	t.Helper()
	data, err := Write(tb)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// ledgerTable is a sheet shaped like the case ledger's export: 30 columns of text, dates,
// date-times, whole numbers and amounts, n rows.
func ledgerTable(n int) Table {
	cols := []Column{
		{Header: "编号"}, {Header: "台账"}, {Header: "事项"}, {Header: "申请人"}, {Header: "身份证号码"},
		{Header: "联系电话"}, {Header: "嘎查村/社区"}, {Header: "来源"}, {Header: "代办人"}, {Header: "状态"},
		{Header: "登记时间", Kind: DateTime}, {Header: "受理日期", Kind: Date},
		{Header: "承诺时限（工作日）", Kind: Integer}, {Header: "办结期限", Kind: Date},
		{Header: "剩余工作日", Kind: Integer}, {Header: "逾期"}, {Header: "经办人"},
		{Header: "联办部门"}, {Header: "联席会议日期", Kind: Date}, {Header: "限期结办", Kind: Date},
		{Header: "办理结果"}, {Header: "结果说明", Width: 40}, {Header: "月保障金额（元）", Kind: Money},
		{Header: "反馈方式"}, {Header: "反馈日期", Kind: Date}, {Header: "评价"},
		{Header: "销号时间", Kind: DateTime}, {Header: "销号人"},
	}
	rows := make([][]any, n)
	for i := range rows {
		day := fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)
		var left, amount any
		if i%3 == 0 {
			left, amount = 4, fmt.Sprintf("%d.50", 300+i%500)
		}
		rows[i] = []any{fmt.Sprintf("2025D%05d", i), "代办", "城乡居民基本医疗保险参保登记", "张*伟",
			"150627********011X", "138****5678", "巴音敖包嘎查", "窗口", "", "办理中",
			day + "T09:15:00+08:00", day, 5, day, left, "否", "王丽",
			"", "", "", "准予", "符合条件，已按规定办理完毕并告知申请人", amount,
			"电话", day, "满意", day + " 16:40", "王丽"}
	}
	return Table{Sheet: "全部办件台账", Columns: cols, Rows: rows}
}

// BenchmarkWrite10000 writes a 10,000-row ledger sheet (compare with the export's row in
// build/bench, which adds the query and the masking).
func BenchmarkWrite10000(b *testing.B) {
	t := ledgerTable(10_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Write(t); err != nil {
			b.Fatal(err)
		}
	}
}
