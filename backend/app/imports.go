package app

import (
	"context"
	"encoding/base64"
	"errors"
	"strconv"
	"strings"

	"halldesk/backend/hall"
	"halldesk/backend/xlsx"
)

// ImportService serves the import of residents and households from the Excel template: the
// template, a check that reports every bad row and why, and the import of the good rows (or
// of all rows or nothing) in one transaction. Check and Commit take the whole file as base64;
// the HTTP layer allows large bodies for exactly these two names.
type ImportService struct {
	c    *Core
	seat *Seat
}

// Template returns the import template: the header row and an example row on the first
// sheet, what each column takes on 说明, and the places set up now on 嘎查村和组.
func (s *ImportService) Template() (Document, error) {
	return run(s.c, s.seat, hall.PermEditResidents, func(ctx context.Context, op hall.Operator) (Document, error) {
		villages, err := s.c.Store.Villages(ctx, false)
		if err != nil {
			return Document{}, err
		}
		data, err := xlsx.Write(templateTables(villages)...)
		if err != nil {
			return Document{}, err
		}
		return s.c.deliverSheet(ctx, "群众信息导入模板", data)
	})
}

func templateTables(villages []hall.Village) []xlsx.Table {
	var cols []xlsx.Column
	var example []any
	var notes [][]any
	for _, c := range hall.ImportColumns {
		h := c.Header
		if c.Required {
			h += "*"
		}
		cols = append(cols, xlsx.Column{Header: h})
		ex := c.Example
		if c.Field == "villageId" && len(villages) > 0 {
			ex = villages[0].Name
		}
		example = append(example, ex)
		need := "选填"
		if c.Required {
			need = "必填"
		}
		notes = append(notes, []any{c.Header, need, c.Note})
	}
	notes = append(notes,
		[]any{"", "", ""},
		[]any{"第一行", "", "是列名，请勿修改；列的先后可以调整，不需要的选填列可以删去。"},
		[]any{"示例行", "", "姓名以“" + hall.ExamplePrefix + "”开头的行不会导入，可以保留或删除。"},
		[]any{"导入", "", "上传后系统逐行检查并列出有错误的行和原因；您可以只导入正确的行，或修改后重新上传。导入一次完成，不会只导入一半。"},
		[]any{"家庭户", "", "户号只在本文件中用来把同户的人归在一起，导入时新建家庭户；已登记的家庭户请在系统中添加成员。"},
	)
	var places [][]any
	for _, v := range villages {
		var groups []string
		for _, g := range v.Groups {
			if g.Active {
				groups = append(groups, g.Name)
			}
		}
		places = append(places, []any{v.Name, v.Kind, strings.Join(groups, "、")})
	}
	return []xlsx.Table{
		{Sheet: "群众信息", Columns: cols, Rows: [][]any{example}},
		{Sheet: "说明", Columns: []xlsx.Column{{Header: "列名"}, {Header: "必填"}, {Header: "填写说明", Width: 80}}, Rows: notes},
		{Sheet: "嘎查村和组", Columns: []xlsx.Column{{Header: "嘎查村/社区"}, {Header: "类型"}, {Header: "组"}}, Rows: places},
	}
}

// Check reads the file and reports every row that cannot be imported and why, with a preview
// of the good rows. It writes nothing.
func (s *ImportService) Check(fileBase64 string) (hall.ImportReport, error) {
	return run(s.c, s.seat, hall.PermEditResidents, func(ctx context.Context, op hall.Operator) (hall.ImportReport, error) {
		b, err := s.c.checkImport(ctx, fileBase64)
		if err != nil {
			return hall.ImportReport{}, err
		}
		return b.Report(), nil
	})
}

// Commit checks the file again (the registry may have changed since) and imports it in one
// transaction: with mode "good" the good rows, with "all" every row or, if any is bad, nothing.
func (s *ImportService) Commit(fileBase64, mode string) (hall.ImportResult, error) {
	return run(s.c, s.seat, hall.PermEditResidents, func(ctx context.Context, op hall.Operator) (hall.ImportResult, error) {
		if mode != hall.ImportGoodRows && mode != hall.ImportAllOrNot {
			return hall.ImportResult{}, hall.Invalid("mode", "请选择导入方式")
		}
		b, err := s.c.checkImport(ctx, fileBase64)
		if err != nil {
			return hall.ImportResult{}, err
		}
		r := b.Report()
		if r.BadRows > 0 && mode == hall.ImportAllOrNot {
			return hall.ImportResult{}, hall.Invalid("file", "文件中有 "+strconv.Itoa(r.BadRows)+" 行有错误，按“全部正确才导入”的要求，本次没有导入任何数据")
		}
		if r.Good == 0 {
			return hall.ImportResult{}, hall.Invalid("file", "没有可以导入的行，请按检查结果修改后重新上传")
		}
		return s.c.Store.ImportResidents(ctx, actor(op), b.GoodLines(), r.BadRows)
	})
}

// checkImport decodes, reads and checks an uploaded file against the registry.
func (c *Core) checkImport(ctx context.Context, fileBase64 string) (*hall.ImportBatch, error) {
	if len(fileBase64) > base64.StdEncoding.EncodedLen(xlsx.MaxUpload) {
		return nil, hall.Invalid("file", "文件太大（超过 20 MB），请分成几个文件导入")
	}
	data, err := base64.StdEncoding.DecodeString(fileBase64)
	if err != nil {
		return nil, hall.Invalid("file", "文件没有完整上传，请重新选择文件")
	}
	rows, err := xlsx.ReadFirstSheet(data)
	var bad *xlsx.ErrInput
	if errors.As(err, &bad) {
		return nil, hall.Invalid("file", bad.Message)
	}
	if err != nil {
		return nil, err
	}
	villages, err := c.Store.Villages(ctx, true)
	if err != nil {
		return nil, err
	}
	b, err := hall.ParseImport(rows, hall.NewPlaceNames(villages), c.Now().In(hall.China))
	if err != nil {
		return nil, err
	}
	registered, err := c.Store.RegisteredIDNumbers(ctx, b.IDNumbers())
	if err != nil {
		return nil, err
	}
	b.Settle(registered)
	return b, nil
}
