// Package replica streams a hall's database to the banner (旗县) with Litestream and restores a
// hall from it: the target (where the replica lives), the replicator that runs beside the
// counter, and point-in-time restore. Replicas are Litestream 0.5 LTX files; they are not
// encrypted at rest, so only targets the banner controls belong here, reached over SFTP or HTTPS.
package replica

import (
	"net"
	"net/url"
	"path/filepath"
	"strings"

	"golang.org/x/crypto/ssh"

	"halldesk/backend/hall"
)

// Target kinds.
const (
	KindFolder = "folder" // a folder or a mounted network share
	KindSFTP   = "sftp"   // an SFTP account on the banner's server
	KindS3     = "s3"     // an S3-compatible bucket (the banner's own object storage, Aliyun OSS)
	KindWebDAV = "webdav" // a WebDAV folder over HTTPS
)

// Target is where one hall's replica lives. Only the fields of its Kind are used.
type Target struct {
	Kind            string `json:"kind"`            // KindFolder, KindSFTP, KindS3 or KindWebDAV
	Path            string `json:"path"`            // folder: absolute folder; sftp, s3, webdav: folder inside the account, bucket or site
	Host            string `json:"host"`            // sftp: server name or address
	Port            int    `json:"port"`            // sftp: 0 means 22
	User            string `json:"user"`            // sftp, webdav
	Password        string `json:"password"`        // sftp (or KeyPEM), webdav
	KeyPEM          string `json:"keyPem"`          // sftp: the hall's private key, PEM or OpenSSH format
	HostKey         string `json:"hostKey"`         // sftp: the server's public host key, one authorized_keys line
	Endpoint        string `json:"endpoint"`        // s3: https address of the storage, "" for AWS
	Bucket          string `json:"bucket"`          // s3
	Region          string `json:"region"`          // s3
	AccessKeyID     string `json:"accessKeyId"`     // s3
	SecretAccessKey string `json:"secretAccessKey"` // s3
	URL             string `json:"url"`             // webdav: https address of the site
}

// Check says in Chinese what is missing or wrong in the target, without connecting anywhere.
// Plain-HTTP addresses are refused: a hall's data travels only over SFTP or HTTPS.
func (t Target) Check() error {
	switch t.Kind {
	case KindFolder:
		if strings.TrimSpace(t.Path) == "" {
			return hall.Invalid("path", "请填写副本文件夹")
		}
		if !filepath.IsAbs(t.Path) {
			return hall.Invalid("path", "副本文件夹须是完整路径（从盘符或根目录写起）")
		}
	case KindSFTP:
		return t.checkSFTP()
	case KindS3:
		return t.checkS3()
	case KindWebDAV:
		if err := checkHTTPS("url", t.URL, true); err != nil {
			return err
		}
	case "":
		return hall.Invalid("kind", "请选择副本存放方式")
	default:
		return hall.Invalid("kind", "副本存放方式只能是文件夹、SFTP、S3 兼容存储或 WebDAV")
	}
	return nil
}

func (t Target) checkSFTP() error {
	host := strings.TrimSpace(t.Host)
	switch {
	case host == "":
		return hall.Invalid("host", "请填写 SFTP 服务器地址")
	case strings.Contains(host, "://") || strings.ContainsAny(host, " /@"):
		return hall.Invalid("host", "SFTP 服务器地址只写主机名或 IP，不带协议、用户名和路径")
	case t.Port < 0 || t.Port > 65535:
		return hall.Invalid("port", "端口须在 1 到 65535 之间")
	case strings.TrimSpace(t.User) == "":
		return hall.Invalid("user", "请填写 SFTP 账号")
	case t.Password == "" && strings.TrimSpace(t.KeyPEM) == "":
		return hall.Invalid("keyPem", "请填写 SFTP 密码或私钥")
	case strings.TrimSpace(t.Path) == "":
		return hall.Invalid("path", "请填写服务器上的副本文件夹")
	}
	if strings.TrimSpace(t.KeyPEM) != "" {
		if _, err := ssh.ParsePrivateKey([]byte(t.KeyPEM)); err != nil {
			return hall.Invalid("keyPem", "私钥无法识别：请粘贴完整的私钥文本（不要带口令）")
		}
	}
	if strings.TrimSpace(t.HostKey) == "" {
		return hall.Invalid("hostKey", "请填写服务器的主机公钥，用来确认连上的是旗县的服务器")
	}
	if _, _, _, _, err := ssh.ParseAuthorizedKey([]byte(t.HostKey)); err != nil {
		return hall.Invalid("hostKey", "主机公钥无法识别：应为一行，如 “ssh-ed25519 AAAA…”")
	}
	return nil
}

func (t Target) checkS3() error {
	switch {
	case strings.TrimSpace(t.Bucket) == "":
		return hall.Invalid("bucket", "请填写存储桶名称")
	case strings.TrimSpace(t.AccessKeyID) == "" || t.SecretAccessKey == "":
		return hall.Invalid("accessKeyId", "请填写访问密钥 ID 和密钥")
	case strings.TrimSpace(t.Path) == "":
		return hall.Invalid("path", "请填写存储桶中本服务台的副本目录")
	}
	return checkHTTPS("endpoint", t.Endpoint, false)
}

// checkHTTPS accepts an https address (or "" when not required) and refuses anything else.
func checkHTTPS(field, raw string, required bool) error {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		if required {
			return hall.Invalid(field, "请填写服务器地址（以 https:// 开头）")
		}
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return hall.Invalid(field, "服务器地址无法识别：应以 https:// 开头")
	}
	if strings.EqualFold(u.Scheme, "http") {
		return hall.Invalid(field, "不接受 http:// 地址：居民信息只能经加密的 https:// 传送")
	}
	if !strings.EqualFold(u.Scheme, "https") {
		return hall.Invalid(field, "服务器地址应以 https:// 开头")
	}
	return nil
}

// hostPort is the SFTP server's address with its port.
func (t Target) hostPort() string {
	port := t.Port
	if port == 0 {
		port = 22
	}
	return net.JoinHostPort(strings.TrimSpace(t.Host), itoa(port))
}

// Masked is the target with every secret blanked, fit to show again or to log.
func (t Target) Masked() Target {
	t.Password = maskSecret(t.Password)
	t.KeyPEM = maskSecret(t.KeyPEM)
	t.SecretAccessKey = maskSecret(t.SecretAccessKey)
	t.AccessKeyID = maskID(t.AccessKeyID)
	return t
}

// SecretMask stands for a secret that is set but not shown again.
const SecretMask = "******"

func maskSecret(s string) string {
	if s == "" {
		return ""
	}
	return SecretMask
}

// maskID keeps the first and last two characters of an access key id.
func maskID(s string) string {
	r := []rune(s)
	if len(r) <= 4 {
		return maskSecret(s)
	}
	return string(r[:2]) + SecretMask + string(r[len(r)-2:])
}

// KeepSecrets fills the secrets that an edited target left as SecretMask from the
// saved one, so that the administrator edits a target without typing its secrets again.
func (t Target) KeepSecrets(saved Target) Target {
	if t.Kind != saved.Kind {
		return t
	}
	keep := func(v *string, old string) {
		if *v == SecretMask {
			*v = old
		}
	}
	keep(&t.Password, saved.Password)
	keep(&t.KeyPEM, saved.KeyPEM)
	keep(&t.SecretAccessKey, saved.SecretAccessKey)
	if t.AccessKeyID == saved.Masked().AccessKeyID {
		t.AccessKeyID = saved.AccessKeyID
	}
	return t
}
