package replica

import (
	"context"
	"errors"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/benbjohnson/litestream"
)

// errorSink is the slog handler the child gives Litestream: it keeps the latest failure as a
// Chinese message for the administrator and writes nothing anywhere, so no host name, path or
// credential of the target reaches a log.
type errorSink struct {
	mu  sync.Mutex
	msg string
}

func (e *errorSink) logger() *slog.Logger { return slog.New(sinkHandler{e}) }

func (e *errorSink) last() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.msg
}

func (e *errorSink) clear() {
	e.mu.Lock()
	e.msg = ""
	e.mu.Unlock()
}

type sinkHandler struct{ e *errorSink }

func (h sinkHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelError }
func (h sinkHandler) WithAttrs([]slog.Attr) slog.Handler           { return h }
func (h sinkHandler) WithGroup(string) slog.Handler                { return h }

func (h sinkHandler) Handle(_ context.Context, r slog.Record) error {
	detail := r.Message
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "error" {
			detail = a.Value.String()
			return false
		}
		return true
	})
	h.e.mu.Lock()
	h.e.msg = explain(detail)
	h.e.mu.Unlock()
	return nil
}

// httpDenied finds an HTTP 401 or 403 status in a failure (not a port or a number that holds one).
var httpDenied = regexp.MustCompile(`\b40[13]\b`)

// explain turns a failure into a Chinese message.
func explain(detail string) string {
	d := strings.ToLower(detail)
	switch {
	case strings.Contains(d, "unable to authenticate") || strings.Contains(d, "access denied") ||
		strings.Contains(d, "invalidaccesskeyid") || strings.Contains(d, "signaturedoesnotmatch") ||
		httpDenied.MatchString(d):
		return "副本存放处拒绝了本服务台的账号或密钥"
	case strings.Contains(d, "host key mismatch") || strings.Contains(d, "knownhosts") || strings.Contains(d, "host key"):
		return "服务器主机公钥不符：连上的可能不是旗县的服务器"
	case strings.Contains(d, "permission denied"):
		return "副本存放处不允许写入（无权限）"
	case strings.Contains(d, "no space") || strings.Contains(d, "disk full") || strings.Contains(d, "quota"):
		return "副本存放处空间不足"
	case strings.Contains(d, "dial") || strings.Contains(d, "connect") || strings.Contains(d, "timeout") ||
		strings.Contains(d, "eof") || strings.Contains(d, "no such host") || strings.Contains(d, "closed") ||
		strings.Contains(d, "unreachable") || strings.Contains(d, "reset by peer"):
		return msgOffline
	case strings.Contains(d, "disk") && strings.Contains(d, "full"):
		return "本机磁盘已满，无法准备副本"
	}
	return msgRetrying
}

// The replicator's messages for a target out of reach and for any other failure.
const (
	msgOffline  = "连不上副本存放处，恢复联网后会自动补传"
	msgRetrying = "复制出错，正在重试"
)

// sizeProbe measures the bytes kept at the target: after an upload, at most every few seconds,
// and once a minute otherwise (it lists every file there).
type sizeProbe struct {
	client litestream.ReplicaClient
	at     time.Time
	size   int64
	known  bool
	stale  bool // an upload since the last measure
}

const (
	sizeAfterUpload = 2 * time.Second
	sizeEvery       = time.Minute
)

func (p *sizeProbe) get(uploaded bool) int64 {
	p.stale = p.stale || uploaded
	since := time.Since(p.at)
	if p.known && since < sizeEvery && !(p.stale && since >= sizeAfterUpload) {
		return p.size
	}
	p.at, p.stale = time.Now(), false
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if n, err := replicaSize(ctx, p.client); err == nil {
		p.size, p.known = n, true
	}
	if !p.known {
		return -1
	}
	return p.size
}

// replicaSize adds up the sizes of the LTX files at every level of the target.
func replicaSize(ctx context.Context, c litestream.ReplicaClient) (int64, error) {
	var total int64
	for level := 0; level <= litestream.SnapshotLevel; level++ {
		itr, err := c.LTXFiles(ctx, level, 0, false)
		if err != nil {
			return 0, err
		}
		for itr.Next() {
			total += itr.Item().Size
		}
		if err := itr.Close(); err != nil && !errors.Is(err, context.Canceled) {
			return 0, err
		}
	}
	return total, nil
}
