package replica

import (
	"testing"

	"halldesk/backend/hall"
)

const hostKeyLine = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB8Xc0q1mWcT3qk4Jq0tBq6kJmQyQf6z2m7yQm4mJ2yH banner"

func TestTargetCheck(t *testing.T) {
	sftpOK := Target{Kind: KindSFTP, Host: "banner.example", User: "hall01", Password: "pw", HostKey: hostKeyLine, Path: "/r/hall01"}
	with := func(f func(*Target)) Target { c := sftpOK; f(&c); return c }
	cases := []struct {
		name  string
		in    Target
		field string // "" when valid
	}{
		{"sftp", sftpOK, ""},
		{"sftp, a URL for a host", with(func(t *Target) { t.Host = "sftp://banner.example" }), "host"},
		{"sftp, no secret", with(func(t *Target) { t.Password = "" }), "keyPem"},
		{"sftp, a key that is none", with(func(t *Target) { t.Password, t.KeyPEM = "", "not a key" }), "keyPem"},
		{"sftp, no host key", with(func(t *Target) { t.HostKey = "" }), "hostKey"},
		{"sftp, a host key that is none", with(func(t *Target) { t.HostKey = "banner.example ssh-ed25519" }), "hostKey"},
		{"sftp, port out of range", with(func(t *Target) { t.Port = 70000 }), "port"},
		{"folder", Target{Kind: KindFolder, Path: "/srv/banner/hall01"}, ""},
		{"folder, relative", Target{Kind: KindFolder, Path: "banner"}, "path"},
		{"s3 on AWS", Target{Kind: KindS3, Bucket: "b", AccessKeyID: "AK", SecretAccessKey: "SK", Path: "hall01"}, ""},
		{"s3 over https", Target{Kind: KindS3, Endpoint: "https://oss.example", Bucket: "b", AccessKeyID: "AK", SecretAccessKey: "SK", Path: "hall01"}, ""},
		{"s3 over http", Target{Kind: KindS3, Endpoint: "http://oss.example", Bucket: "b", AccessKeyID: "AK", SecretAccessKey: "SK", Path: "hall01"}, "endpoint"},
		{"s3, no key", Target{Kind: KindS3, Bucket: "b", Path: "hall01"}, "accessKeyId"},
		{"webdav over https", Target{Kind: KindWebDAV, URL: "https://dav.example/r", Path: "hall01"}, ""},
		{"webdav over http", Target{Kind: KindWebDAV, URL: "HTTP://dav.example/r", Path: "hall01"}, "url"},
		{"webdav, another scheme", Target{Kind: KindWebDAV, URL: "ftp://dav.example/r"}, "url"},
		{"no kind", Target{}, "kind"},
		{"unknown kind", Target{Kind: "usb"}, "kind"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.in.Check()
			if c.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			e := hall.AsError(err)
			if e == nil || e.Code != hall.CodeInvalid || e.Field != c.field || e.Message == "" {
				t.Fatalf("err = %v, want invalid %s", err, c.field)
			}
		})
	}
}

func TestTargetMaskedAndKept(t *testing.T) {
	saved := Target{Kind: KindS3, Bucket: "b", Path: "hall01", AccessKeyID: "LTAI5tAbCdEf", SecretAccessKey: "s3cret"}
	shown := saved.Masked()
	if shown.SecretAccessKey != SecretMask || shown.AccessKeyID != "LT"+SecretMask+"Ef" {
		t.Fatalf("masked = %+v", shown)
	}
	shown.Path = "hall01b"
	back := shown.KeepSecrets(saved)
	if back.SecretAccessKey != "s3cret" || back.AccessKeyID != saved.AccessKeyID || back.Path != "hall01b" {
		t.Fatalf("kept = %+v", back)
	}
	other := Target{Kind: KindWebDAV, URL: "https://dav.example", Password: SecretMask}
	if got := other.KeepSecrets(saved); got.Password != SecretMask {
		t.Fatalf("a secret of another kind was filled in: %+v", got)
	}
}

func TestExplain(t *testing.T) {
	cases := map[string]string{
		"dial tcp 127.0.0.1:40312: connect: connection refused":               msgOffline,
		"ssh: handshake failed: ssh: unable to authenticate":                  "副本存放处拒绝了本服务台的账号或密钥",
		"ssh: handshake failed: ssh: host key mismatch":                       "服务器主机公钥不符：连上的可能不是旗县的服务器",
		"webdav: 403 Forbidden":                                               "副本存放处拒绝了本服务台的账号或密钥",
		"sftp: cannot open file: permission denied":                           "副本存放处不允许写入（无权限）",
		"write ltx file: something odd":                                       msgRetrying,
		"operation error S3: PutObject, https response error StatusCode: 403": "副本存放处拒绝了本服务台的账号或密钥",
	}
	for in, want := range cases {
		if got := explain(in); got != want {
			t.Errorf("explain(%q) = %q, want %q", in, got, want)
		}
	}
}
