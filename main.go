// Command halldesk is 便民服务台, the desk software of a township's one-stop service hall.
//
//	halldesk [--data DIR]                         open the desktop window
//	halldesk serve [--listen ADDR] [--data DIR] [--lan]   browser mode for the hall's other counters
//	halldesk banner [--listen ADDR] [--data DIR]  the banner console (旗县汇总): a window, or browser mode with --listen
//	halldesk demo --data DIR                      fill a new data folder with demo data
//	halldesk demo --scale county [--factor F] --data DIR   county-scale benchmark data (F ≤ 1 scales it down)
//	halldesk audit verify [--data DIR] [--backups DIR]… [--anchor N:HASH]…   check the audit log, read-only
//	halldesk --version
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"
	"golang.org/x/crypto/bcrypt"

	"halldesk/backend/app"
	"halldesk/backend/backup"
	"halldesk/backend/banner"
	"halldesk/backend/datadir"
	"halldesk/backend/demo"
	"halldesk/backend/hall"
	"halldesk/backend/httpapi"
	"halldesk/backend/replica"
	"halldesk/backend/sqlite"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	replica.RunIfChild() // this program started again as the hall's replication to the banner
	if err := run(os.Args[1:]); err != nil {
		msg := err.Error()
		if e := hall.AsError(err); e != nil {
			msg = e.Message
		}
		fmt.Fprintln(os.Stderr, "便民服务台：", msg)
		os.Exit(1)
	}
}

func run(args []string) error {
	began := time.Now() // the start-up's stages are logged from here (startupTrace)
	cmd := "desktop"
	if len(args) > 0 && (args[0] == "serve" || args[0] == "demo" || args[0] == "banner") {
		cmd, args = args[0], args[1:]
	} else if len(args) > 1 && args[0] == "audit" && args[1] == "verify" {
		cmd, args = "audit verify", args[2:]
	}
	fl := flag.NewFlagSet("halldesk "+cmd, flag.ContinueOnError)
	dataDir := fl.String("data", "", "数据文件夹（默认在用户配置目录下的 halldesk）")
	listen := fl.String("listen", "127.0.0.1:8080", "浏览器模式的监听地址")
	lan := fl.Bool("lan", false, "允许局域网内其他电脑访问（浏览器模式）")
	readyFile := fl.String("ready-file", "", "界面加载完成后把屏幕名写入此文件（用于自动化测试）")
	showVersion := fl.Bool("version", false, "显示版本号")
	var backupDirs, anchorArgs listFlag
	fl.Var(&backupDirs, "backups", "audit verify：另一个存放备份的文件夹（如U盘），核对备份文件名中的审计链头；可写多次")
	fl.Var(&anchorArgs, "anchor", "audit verify：记下的审计链头，格式 条数:校验码（如 1234:9f3c2b1d0a4e5f67）；可写多次")
	scale := fl.String("scale", "demo", "demo 命令的数据规模：demo 为一个镇的演示数据（约120户、近几个月的业务）；"+
		"county 为县级规模的性能测试数据（150个嘎查村、6万户约20万人，10年办件100万件、信访5万件、走访50万户次）")
	factor := fl.Float64("factor", 1, "与 --scale county 一起使用：按比例缩小县级规模，0<系数≤1（如 0.05 为二十分之一，测试用 0.001）")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *scale != "demo" && *scale != "county" {
		return fmt.Errorf("--scale 只能是 demo 或 county")
	}
	if *factor <= 0 || *factor > 1 || (*factor != 1 && *scale != "county") {
		return fmt.Errorf("--factor 须大于0且不超过1，且只能与 --scale county 一起使用")
	}
	if *showVersion {
		fmt.Println("halldesk", version)
		return nil
	}
	if bindingsOnly {
		return runDesktop(nil, nil, "", nil)
	}
	dir := *dataDir
	if dir == "" {
		d, err := datadir.Default()
		if err != nil {
			return err
		}
		dir = d
	}
	if cmd == "audit verify" { // read-only: no lock, no log file, no upgrade, no migration
		return auditVerify(os.Stdout, dir, backupDirs, anchorArgs)
	}
	release, err := datadir.Lock(dir)
	if err != nil {
		return err
	}
	defer release()

	logFile, err := os.OpenFile(filepath.Join(dir, "halldesk.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("无法写日志文件：%w", err)
	}
	defer logFile.Close()
	log := slog.New(slog.NewTextHandler(io.MultiWriter(os.Stderr, logFile), nil))

	trace := startupTrace{began: began, log: log}
	// A newer program opening older data keeps a copy of it before migrating it: before the
	// migration, so before the window, however long it takes.
	if f, err := app.BackupBeforeUpgrade(filepath.Join(dir, datadir.DBName), filepath.Join(dir, "backups"), time.Now); err != nil {
		return err
	} else if f.Path != "" {
		log.Info("backup before upgrade", "path", f.Path, "size", f.Size)
	}
	store, err := sqlite.Open(filepath.Join(dir, datadir.DBName), time.Now)
	if err != nil {
		return err
	}
	defer store.Close()
	trace.stage("database open")

	if cmd == "demo" && *scale == "county" {
		return demoCounty(store, dir, *factor)
	}
	if cmd == "demo" {
		sum, err := demo.Fill(context.Background(), store, time.Now(), hashPassword, 2014)
		if err != nil {
			return err
		}
		cases, err := demo.Cases(context.Background(), store, time.Now(), 2014)
		if err != nil {
			return err
		}
		petitions, err := demo.Petitions(context.Background(), store, time.Now(), 2014)
		if err != nil {
			return err
		}
		visits, err := demo.Visits(context.Background(), store, time.Now(), 2014)
		if err != nil {
			return err
		}
		fmt.Printf("演示数据已写入 %s：%d 个嘎查村/社区、%d 个组、%d 户、%d 位群众，近%d天的办件%d件，近%d天的信访事项%d件。\n",
			dir, sum.Villages, sum.Groups, sum.Households, sum.Residents, demo.CaseDays, cases, demo.PetitionDays, petitions)
		fmt.Printf("入户走访：近%d天走访%d户次，收集问题%d个（转办件%d件），村级活动%d次，结亲%d户，感恩日捐款%d笔。\n",
			demo.VisitDays, visits.Visits, visits.Issues, visits.Cases, visits.Activities, visits.Pairs, visits.Donations)
		fmt.Println("登录账号（密码均为 demo1234）：")
		for _, l := range sum.Logins {
			fmt.Printf("  %-10s %s（%s）\n", l.Username, l.Name, l.RoleLabel)
		}
		return nil
	}

	core := app.NewCore(store, time.Now, version, log)
	core.DataDir = dir
	// Backups: the day's first start takes one once the first screen is drawn (or a minute
	// later with no window or browser), a host running across midnight the next day's, a clean
	// exit one; all go to <data>/backups, rotated.
	core.EnableBackups(filepath.Join(dir, "backups"))
	if cmd != "banner" { // the hall streams its database to the banner's replica, when one is set
		defer core.EnableReplication(dir, filepath.Join(dir, datadir.DBName), replica.Options{}).Stop()
	}
	shown := core.FirstScreen(time.Minute)
	stopDaily := core.StartDailyBackups(30*time.Minute, shown)
	go trace.after(shown, "first screen or a minute")
	exitBackup := sync.OnceFunc(func() { stopDaily(); core.AutoBackup(backup.KindExit) })
	defer exitBackup()
	if hs, err := store.Settings(context.Background()); err == nil {
		core.Sessions.SetIdle(time.Duration(hs.IdleMinutes) * time.Minute)
	}
	// For end-to-end tests only: HALLDESK_IDLE_SECONDS pins the idle time, so a test can watch
	// a session expire within seconds; the hall's setting no longer changes it.
	if v := os.Getenv("HALLDESK_IDLE_SECONDS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return fmt.Errorf("HALLDESK_IDLE_SECONDS 应为正整数（秒）：%q", v)
		}
		core.Sessions.PinIdle(time.Duration(n) * time.Second)
	}
	if *readyFile != "" {
		core.OnReady = func(screen string) { os.WriteFile(*readyFile, []byte(screen+"\n"), 0o644) }
	}
	assets, err := frontendAssets()
	if err != nil {
		return err
	}
	if cmd == "banner" { // the banner's own operators and registry of halls, each hall read from its copy
		console, err := banner.New(core, dir)
		if err != nil {
			return err
		}
		defer console.Close()
		follow, stopFollow := context.WithCancel(context.Background())
		defer stopFollow()
		go console.Follow(follow, time.Minute)
		cmd = "desktop"
		fl.Visit(func(f *flag.Flag) {
			if f.Name == "listen" {
				cmd = "serve"
			}
		})
	}
	if cmd == "desktop" && runtime.GOOS == "linux" && os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		fmt.Println("没有检测到图形桌面（DISPLAY 未设置），改为浏览器模式启动。")
		cmd = "serve"
	}
	trace.stage("services built")
	if cmd == "serve" {
		return serve(core, assets, *listen, *lan, log)
	}
	core.Desktop, core.PrintDir = &systemOpener{}, filepath.Join(dir, "prints")
	stopLAN := httpapi.ServeFromDesktop(core, assets, log)
	defer stopLAN()
	return runDesktop(core, assets, dir, exitBackup)
}

// systemOpener opens a saved document in the system's default viewer and shows the system's
// folder and file dialogs (for backups); ctx is the Wails context, set at startup.
type systemOpener struct{ ctx context.Context }

// ChooseFolder shows the system's folder dialog; "" means cancelled.
func (o *systemOpener) ChooseFolder(title string) (string, error) {
	return wruntime.OpenDirectoryDialog(o.ctx, wruntime.OpenDialogOptions{Title: title, CanCreateDirectories: true})
}

// ChooseFile shows the system's file dialog for a backup file; "" means cancelled.
func (o *systemOpener) ChooseFile(title string) (string, error) {
	return wruntime.OpenFileDialog(o.ctx, wruntime.OpenDialogOptions{Title: title,
		Filters: []wruntime.FileFilter{{DisplayName: "便民服务台备份 (*.db)", Pattern: "*.db"}}})
}

// OpenFile starts the platform's "open with default application" command.
func (systemOpener) OpenFile(path string) error {
	var c *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		c = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	case "darwin":
		c = exec.Command("open", path)
	default:
		c = exec.Command("xdg-open", path)
	}
	return c.Start()
}

// demoCounty fills the data folder with the county-scale data set and says what it wrote.
func demoCounty(store *sqlite.Store, dir string, factor float64) error {
	began := time.Now()
	sum, err := demo.County(context.Background(), store, time.Now(), hashPassword, demo.CountyOptions{
		Factor: factor, Seed: 2014,
		Progress: func(stage string) { fmt.Printf("[%5.1fs] 正在生成：%s\n", time.Since(began).Seconds(), stage) },
	})
	if err != nil {
		return err
	}
	size := int64(0)
	if fi, err := os.Stat(filepath.Join(dir, datadir.DBName)); err == nil {
		size = fi.Size()
	}
	fmt.Printf("县级规模数据已写入 %s（系数 %g，自 %s 起）：%d 个嘎查村/社区、%d 个组、%d 户、%d 位群众、%d 名干部；"+
		"办件 %d 件（未办结 %d 件）、信访事项 %d 件、走访 %d 户次；共 %d 行，用时 %.1f 秒，数据文件 %.1f MB。\n",
		dir, factor, sum.From, sum.Villages, sum.Groups, sum.Households, sum.Residents, sum.Cadres, sum.Cases, sum.OpenCases,
		sum.Petitions, sum.Visits, sum.Rows, sum.Took.Seconds(), float64(size)/(1<<20))
	fmt.Println("登录账号（密码均为 demo1234）：")
	for _, l := range sum.Logins {
		fmt.Printf("  %-10s %s（%s）\n", l.Username, l.Name, l.RoleLabel)
	}
	return nil
}

func hashPassword(pw string) (string, error) {
	b, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	return string(b), err
}

func serve(core *app.Core, assets fsys, listen string, lan bool, log *slog.Logger) error {
	host, _, err := net.SplitHostPort(listen)
	if err != nil {
		return fmt.Errorf("监听地址格式不正确（例如 127.0.0.1:8080）：%w", err)
	}
	if ip := net.ParseIP(host); !lan && (ip == nil || !ip.IsLoopback()) && host != "localhost" {
		return errors.New("为保护群众信息，默认只在本机（127.0.0.1）监听；如确需让大厅其他电脑访问，请加 --lan 参数")
	}
	if assets == nil {
		return errors.New("前端未构建，请先运行 make build")
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("无法监听 %s：%w", listen, err)
	}
	core.BackupURL = httpapi.BackupDownloadPrefix
	// The site answers only to this computer's own names and addresses (DNS rebinding).
	site, err := httpapi.Site(core, assets, log, ln.Addr().String(), lan)
	if err != nil {
		ln.Close()
		return err
	}
	if lan {
		core.LAN.Served = httpapi.ServedAddresses(ln.Addr().(*net.TCPAddr))
		fmt.Println("!!! 注意：已开启局域网访问，同一网络内的电脑都能打开登录页面。请确认网络可信，并为每位操作员设置强密码。")
	}
	shown := ln.Addr().(*net.TCPAddr)
	if shown.IP.IsUnspecified() { // every address: this computer opens it as 127.0.0.1, the others by its LAN address
		shown = &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: shown.Port}
	}
	fmt.Printf("便民服务台（浏览器模式）已启动，请在浏览器中打开： http://%s/\n", shown)
	srv := httpapi.NewHTTPServer(site)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-stop
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// runDesktop opens the window; core is nil only when Wails generates the bindings. onShutdown
// runs when the window closes normally (the exit backup).
func runDesktop(core *app.Core, assets fsys, dir string, onShutdown func()) error {
	var bind []any
	if core != nil {
		bind = core.Services(app.NewSeat(""))
	} else {
		bind = append((&app.Core{}).Services(app.NewSeat("")), (&banner.Console{}).Own(app.NewSeat(""))...)
	}
	title := "便民服务台"
	if core != nil && core.Extension != nil {
		title += " · 旗县汇总"
	}
	return wails.Run(&options.App{
		Title:     title,
		Width:     1366,
		Height:    860,
		MinWidth:  1024,
		MinHeight: 700,
		AssetServer: &assetserver.Options{
			Assets: assets,
		},
		BackgroundColour: &options.RGBA{R: 245, G: 247, B: 250, A: 255},
		SingleInstanceLock: &options.SingleInstanceLock{
			UniqueId: "cn.halldesk.desk." + filepath.Base(dir),
		},
		Bind: bind,
		OnStartup: func(ctx context.Context) {
			if core == nil {
				return
			}
			if o, ok := core.Desktop.(*systemOpener); ok {
				o.ctx = ctx
			}
		},
		OnShutdown: func(context.Context) {
			if onShutdown != nil {
				onShutdown()
			}
		},
		Linux: &linux.Options{ProgramName: "halldesk", WebviewGpuPolicy: linux.WebviewGpuPolicyNever},
	})
}

// startupTrace logs how long the start-up took to reach each stage, counted from the start of
// run, so that a slow start on a hall's computer can be told apart from the log: opening (and
// upgrading) the database, building the services, the first screen drawn.
type startupTrace struct {
	began time.Time
	log   *slog.Logger
}

// stage logs that the start-up reached name.
func (t startupTrace) stage(name string) {
	t.log.Info("start-up", "stage", name, "ms", time.Since(t.began).Milliseconds())
}

// after logs name once done is closed.
func (t startupTrace) after(done <-chan struct{}, name string) {
	<-done
	t.stage(name)
}
