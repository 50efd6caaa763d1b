package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"halldesk/backend/backup"
	"halldesk/backend/datadir"
	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// listFlag is a flag that may be given more than once.
type listFlag []string

// String is the values given, for the flag package.
func (l *listFlag) String() string { return strings.Join(*l, ", ") }

// Set adds one value.
func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// errAuditBroken is the command's failure when the check finds a problem; the report says which.
var errAuditBroken = errors.New("审计日志校验未通过，详见上面的报告。请保留现有数据文件和全部备份，并报告上级。")

// auditVerify checks the audit log of the data folder dir read-only, against the anchors in the
// names of the backups in dir's backups folder and in the folders given, and the anchors typed
// in; it writes the report to w and fails (exit status 1) when anything is wrong.
func auditVerify(w io.Writer, dir string, folders, typed []string) error {
	var anchors []hall.AuditAnchor
	for _, s := range typed {
		a, err := hall.ParseAnchor(s)
		if err != nil {
			return fmt.Errorf("--anchor %s：%s", s, hall.AsError(err).Message)
		}
		anchors = append(anchors, a)
	}
	own, err := backup.AnchorsIn(filepath.Join(dir, "backups"), true)
	if err != nil {
		return err
	}
	anchors = append(anchors, own...)
	for _, f := range folders {
		found, err := backup.AnchorsIn(f, false)
		if err != nil {
			return err
		}
		anchors = append(anchors, found...)
	}
	path := filepath.Join(dir, datadir.DBName)
	v, err := sqlite.VerifyAuditFile(context.Background(), path, anchors)
	if err != nil {
		return err
	}
	writeAuditReport(w, path, v)
	if v.Broken != nil {
		return errAuditBroken
	}
	return nil
}

// writeAuditReport writes the verification in Chinese, one finding a line.
func writeAuditReport(w io.Writer, path string, v hall.AuditVerification) {
	fmt.Fprintf(w, "审计日志校验（只读打开，数据文件未作任何改动）：%s\n", path)
	if v.NoChain {
		fmt.Fprintf(w, "该数据来自加入校验链之前的版本，共 %d 条审计记录，还没有校验链，无法校验；程序打开它时会一次性为全部记录建立校验链。\n", v.Head.Count)
		return
	}
	fmt.Fprintf(w, "链头：第 %d 条，校验码 %s\n", v.Head.Count, v.Head.Short)
	if v.LastRestore != nil {
		fmt.Fprintf(w, "最近一次恢复数据：%s（第 %d 条记录：%s %s）\n", when(v.LastRestore.At), v.LastRestore.ID, v.LastRestore.OperatorName, v.LastRestore.Detail)
	}
	if len(v.Anchors) == 0 {
		fmt.Fprintln(w, "没有可核对的链头（备份文件名中的链头、--anchor 记下的链头）：只能发现日志内部的改动，发现不了删除末尾的记录或整条链被重算。")
	} else {
		fmt.Fprintf(w, "核对链头 %d 个：\n", len(v.Anchors))
		for _, a := range v.Anchors {
			fmt.Fprintf(w, "  第 %d 条 %s：%s（%s）\n", a.Count, hall.GroupHex(a.Hash), a.Message, a.Source)
		}
	}
	if v.Broken == nil {
		fmt.Fprintf(w, "审计日志完整：已校验 %d 条记录，校验链没有断开。\n", v.Checked)
		fmt.Fprintln(w, "请抄下上面的条数和校验码，与备份U盘分开保存；日后用 --anchor 条数:校验码 核对。")
		return
	}
	fmt.Fprintf(w, "审计日志被改动：已校验 %d 条记录，发现 %d 处问题：\n", v.Checked, len(v.Problems)+v.More)
	for _, p := range v.Problems {
		if e := p.Entry; e.ID != 0 {
			fmt.Fprintf(w, "  第 %d 条记录（%s %s %s %s）：%s\n", e.ID, when(e.At), e.OperatorName, e.Action, e.Entity, p.Reason)
		} else {
			fmt.Fprintf(w, "  %s\n", p.Reason)
		}
	}
	if v.More > 0 {
		fmt.Fprintf(w, "  ……另有 %d 处问题未列出\n", v.More)
	}
}

// when shows a stored UTC time in China time.
func when(at string) string {
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return at
	}
	return t.In(hall.China).Format("2006-01-02 15:04:05")
}
