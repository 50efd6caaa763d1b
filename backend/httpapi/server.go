// Package httpapi serves the bound services as POST /api/<Service>/<Method> with JSON, plus the
// built frontend with a window.go shim, so a browser works exactly like the desktop window.
package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"reflect"
	"runtime/debug"
	"strings"
	"time"

	"halldesk/backend/app"
	"halldesk/backend/hall"
	"halldesk/backend/xlsx"
)

// MaxBody is the largest request body accepted; nothing a form sends comes close.
const MaxBody = 1 << 20

// MaxUploadBody is the limit for the few methods that take a whole file (a spreadsheet to import,
// as base64): the file limit of xlsx.MaxUpload plus base64's third.
const MaxUploadBody = xlsx.MaxUpload*4/3 + 1<<16

// uploads are the methods that take a whole file.
var uploads = map[string]bool{"ImportService/Check": true, "ImportService/Commit": true, "DocumentService/Verify": true}

// maxDepth bounds JSON nesting; the deepest real argument is a few levels.
const maxDepth = 16

const cookieName = "halldesk_session"

// deviceCookie keeps a hall device's token (取号机, 叫号屏, 评价器, 查询机) for years: the device
// stays paired across restarts until an administrator revokes it.
const deviceCookie = "halldesk_device"

const deviceCookieAge = 10 * 365 * 24 * 60 * 60

// Server routes HTTP requests to the services of one Core.
type Server struct {
	core    *app.Core
	assets  fs.FS // the built frontend (may be nil: API only)
	log     *slog.Logger
	methods map[string]method // "Service/Method"
	index   []byte
	tries   *attemptLimiter // password attempts per address
	calls   *callLimiter    // calls without a session per address
}

type method struct {
	service int // position in core.Services
	fn      reflect.Method
	// public methods run without a session (no rule in app.MethodPermissions): their calls are
	// limited per address.
	public bool
}

// attempts are the methods that check or set a password before any session exists.
var attempts = map[string]bool{"AuthService/Login": true, "SystemService/Setup": true}

// New builds the server. assets holds index.html and the built files, or is nil.
func New(core *app.Core, assets fs.FS, log *slog.Logger) (*Server, error) {
	s := &Server{core: core, assets: assets, log: log, methods: map[string]method{},
		tries: newAttemptLimiter(core.Now), calls: newCallLimiter(core.Now)}
	for i, svc := range core.Services(app.NewSeat("")) {
		t := reflect.TypeOf(svc)
		for m := 0; m < t.NumMethod(); m++ {
			name := t.Elem().Name() + "." + t.Method(m).Name
			guarded := core.Guarded(name)
			_, device := app.DeviceMethods[name]
			s.methods[t.Elem().Name()+"/"+t.Method(m).Name] = method{service: i, fn: t.Method(m), public: !guarded && !device}
		}
	}
	if assets != nil {
		idx, err := fs.ReadFile(assets, "index.html")
		if err != nil {
			return nil, errors.New("前端未构建：找不到 index.html，请先运行 make build")
		}
		s.index = bytes.Replace(idx, []byte("<head>"), []byte(`<head><script src="/halldesk-shim.js"></script>`), 1)
	}
	return s, nil
}

// ServeHTTP implements http.Handler and recovers any panic at the edge.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("panic in http handler", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			writeError(w, hall.Internal())
		}
	}()
	securityHeaders(w.Header())
	switch {
	case r.URL.Path == "/healthz":
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "version": s.core.Version})
	case strings.HasPrefix(r.URL.Path, "/api/"):
		s.serveAPI(w, r)
	case r.URL.Path == "/events":
		s.serveEvents(w, r)
	case r.URL.Path == "/halldesk-shim.js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		io.WriteString(w, shimJS)
	default:
		s.serveAsset(w, r)
	}
}

func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request) {
	if s.assets == nil {
		http.Error(w, "前端未构建", http.StatusNotFound)
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name != "" && name != "index.html" {
		// Only files: a folder gets the app's page, never a listing.
		if st, err := fs.Stat(s.assets, name); err == nil && !st.IsDir() {
			http.ServeFileFS(w, r, s.assets, name)
			return
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(s.index)
}

func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		writeError(w, &hall.Error{Code: hall.CodeInvalid, Message: "接口只接受 POST 请求"})
		return
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		writeError(w, hall.Invalid("", "接口只接受 JSON 请求"))
		return
	}
	if !sameOrigin(r) {
		writeError(w, hall.Forbidden("拒绝来自其他网站的请求"))
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/api/")
	m, ok := s.methods[name]
	if !ok {
		writeError(w, hall.NotFound("没有这个接口"))
		return
	}
	addr := clientAddr(r)
	if m.public && !s.calls.allow(addr) {
		writeJSON(w, http.StatusTooManyRequests, hall.Forbidden("这台电脑的请求过于频繁，请稍后再试"))
		return
	}
	failed := true
	if attempts[name] {
		if wait := s.tries.reserve(addr); wait > 0 {
			minutes := int(wait.Minutes()) + 1
			writeJSON(w, http.StatusTooManyRequests, hall.Forbidden(fmt.Sprintf("这台电脑登录失败次数过多，请 %d 分钟后再试", minutes)))
			return
		}
		defer func() { s.tries.done(addr, failed) }() // also when the call panics
	}
	limit := int64(MaxBody)
	if uploads[name] {
		limit = MaxUploadBody
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		msg := "请求内容过大"
		if uploads[name] {
			msg = "文件太大（超过 20 MB），请分成几个文件导入"
			if name == "DocumentService/Verify" {
				msg = "文件太大，不是本系统打印的文书"
			}
		}
		writeError(w, hall.Invalid("", msg))
		return
	}
	args, err := decodeArgs(body, m.fn.Type)
	if err != nil {
		writeError(w, err)
		return
	}
	seat := seatOf(r)
	token, device := seat.Token(), seat.DeviceToken()
	svc := s.core.Services(seat)[m.service]
	out := m.fn.Func.Call(append([]reflect.Value{reflect.ValueOf(svc)}, args...))
	if now := seat.Token(); now != token {
		http.SetCookie(w, &http.Cookie{Name: cookieName, Value: now, Path: "/", HttpOnly: true,
			SameSite: http.SameSiteStrictMode, MaxAge: maxAge(now)})
	}
	if now := seat.DeviceToken(); now != device {
		http.SetCookie(w, &http.Cookie{Name: deviceCookie, Value: now, Path: "/", HttpOnly: true,
			SameSite: http.SameSiteStrictMode, MaxAge: deviceCookieAge})
	}
	if e, _ := out[1].Interface().(error); e != nil {
		writeError(w, e)
		return
	}
	failed = false
	writeJSON(w, http.StatusOK, out[0].Interface())
}

// seatOf is the seat of a request: its session and device cookies and its address.
func seatOf(r *http.Request) *app.Seat {
	token, device := "", ""
	if c, err := r.Cookie(cookieName); err == nil {
		token = c.Value
	}
	if c, err := r.Cookie(deviceCookie); err == nil {
		device = c.Value
	}
	return app.NewDeviceSeat(token, device).From(clientAddr(r))
}

func maxAge(token string) int {
	if token == "" {
		return -1
	}
	return int((12 * time.Hour).Seconds())
}

// decodeArgs reads the JSON array of positional arguments, refusing unknown fields, wrong
// types, a wrong count and deep nesting with a clear message.
func decodeArgs(body []byte, ft reflect.Type) ([]reflect.Value, error) {
	want := ft.NumIn() - 1 // minus the receiver
	if tooDeep(body) {
		return nil, hall.Invalid("", "请求内容嵌套过深")
	}
	var raw []json.RawMessage
	if len(bytes.TrimSpace(body)) > 0 {
		if err := json.Unmarshal(body, &raw); err != nil {
			return nil, hall.Invalid("", "请求内容不是有效的参数列表")
		}
	}
	if len(raw) != want {
		return nil, hall.Invalid("", "参数个数不正确")
	}
	args := make([]reflect.Value, want)
	for i := range want {
		v := reflect.New(ft.In(i + 1))
		dec := json.NewDecoder(bytes.NewReader(raw[i]))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v.Interface()); err != nil {
			return nil, hall.Invalid("", "请求参数格式不正确："+describe(err))
		}
		args[i] = v.Elem()
	}
	return args, nil
}

// describe says in Chinese what is wrong with an argument: the message of a field's own refusal
// (a hall.Date that is not a date), a wrong type, an unknown field, or that it cannot be read.
func describe(err error) string {
	if e := hall.AsError(err); e != nil {
		return e.Message
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return "字段 " + te.Field + " 的类型不对"
	}
	if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field ") {
		return "未知字段 " + strings.TrimPrefix(msg, "json: unknown field ")
	}
	return "无法解析"
}

func tooDeep(b []byte) bool {
	depth, inStr, esc := 0, false, false
	for _, c := range b {
		switch {
		case esc:
			esc = false
		case inStr && c == '\\':
			esc = true
		case c == '"':
			inStr = !inStr
		case inStr:
		case c == '[' || c == '{':
			depth++
			if depth > maxDepth {
				return true
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return false
}

var statusOf = map[hall.Code]int{
	hall.CodeInvalid: http.StatusBadRequest, hall.CodeNotFound: http.StatusNotFound,
	hall.CodeConflict: http.StatusConflict, hall.CodeStale: http.StatusConflict, hall.CodeDiskFull: http.StatusInsufficientStorage, hall.CodeForbidden: http.StatusForbidden,
	hall.CodeUnauthenticated: http.StatusUnauthorized, hall.CodeUnpaired: http.StatusForbidden, hall.CodeInternal: http.StatusInternalServerError,
}

func writeError(w http.ResponseWriter, err error) {
	e := hall.AsError(err)
	if e == nil {
		e = hall.Internal()
	}
	writeJSON(w, statusOf[e.Code], e)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
