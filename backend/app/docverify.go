package app

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"

	"halldesk/backend/hall"
	"halldesk/backend/pdf"
)

// DocumentService is 文书核验: a supervisor or administrator checks whether a document is one
// the hall printed, unchanged. Every document the program renders is numbered and its SHA-256
// registered (deliver); the verdict is hall.Verify's.
type DocumentService struct {
	c    *Core
	seat *Seat
}

// VerifyInput is what the supervisor has: the PDF file (base64, as the browser read it) or the
// number typed off a paper copy.
type VerifyInput struct {
	FileBase64 string `json:"fileBase64"`
	FileName   string `json:"fileName"`
	Number     string `json:"number"`
}

// Verify judges a document: with a file, the number read from its metadata and the hash of its
// bytes (genuine, altered or unknown); with a typed number only, whether the hall registered it.
// Every verification is audited with the number and the verdict.
func (s *DocumentService) Verify(in VerifyInput) (hall.VerifyResult, error) {
	return run(s.c, s.seat, hall.PermVerifyDocuments, func(ctx context.Context, op hall.Operator) (hall.VerifyResult, error) {
		var number, sum string
		switch {
		case in.FileBase64 != "":
			data, err := base64.StdEncoding.DecodeString(in.FileBase64)
			if err != nil || len(data) == 0 {
				return hall.VerifyResult{}, hall.Invalid("fileBase64", "无法读取上传的文件，请重新选择PDF文件")
			}
			h := sha256.Sum256(data)
			sum = hex.EncodeToString(h[:])
			number, _ = pdf.ReadNumber(data)
		case strings.TrimSpace(in.Number) != "":
			n, ok := hall.ReadDocumentNumber(in.Number)
			if !ok {
				return hall.VerifyResult{}, hall.Invalid("number", "文书编号应为HD加13位数字，如HD2026120600012")
			}
			number = n
		default:
			return hall.VerifyResult{}, hall.Invalid("fileBase64", "请上传要核验的PDF文件，或输入文书编号")
		}
		var rec *hall.DocumentRecord
		if number != "" {
			r, found, err := s.c.Store.Document(ctx, number)
			if err != nil {
				return hall.VerifyResult{}, err
			}
			if found {
				rec = &r
			}
		}
		res := hall.Verify(number, rec, sum)
		how := "输入编号"
		if sum != "" {
			how = "上传文件"
		}
		detail := how + " " + strings.TrimSpace(number+" "+res.Label)
		if err := s.c.Store.Audit(ctx, actor(op), hall.ActVerifyDocument, "文书", 0, detail); err != nil {
			return hall.VerifyResult{}, err
		}
		return res, nil
	})
}
