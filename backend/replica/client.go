package replica

import (
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/benbjohnson/litestream"
	"github.com/benbjohnson/litestream/file"
	lss3 "github.com/benbjohnson/litestream/s3"
	"github.com/benbjohnson/litestream/sftp"
	"github.com/benbjohnson/litestream/webdav"
)

// dialTimeout bounds one attempt to reach an SFTP or WebDAV server.
const dialTimeout = 10 * time.Second

// client is a Litestream replica client for the target, plus what to remove when it is done
// (the SFTP client reads its private key from a file: a 0600 file in a private temporary
// folder, removed by release).
type client struct {
	litestream.ReplicaClient
	release func()
}

// openClient builds the Litestream client of a checked target.
func (t Target) openClient() (*client, error) {
	if err := t.Check(); err != nil {
		return nil, err
	}
	c := &client{release: func() {}}
	switch t.Kind {
	case KindFolder:
		c.ReplicaClient = file.NewReplicaClient(filepath.Clean(t.Path))
	case KindSFTP:
		sc := sftp.NewReplicaClient()
		sc.Host = t.hostPort()
		sc.User = strings.TrimSpace(t.User)
		sc.Password = t.Password
		sc.Path = t.Path
		sc.HostKey = strings.TrimSpace(t.HostKey)
		sc.DialTimeout = dialTimeout
		if strings.TrimSpace(t.KeyPEM) != "" {
			dir, err := os.MkdirTemp("", "halldesk-replica-")
			if err != nil {
				return nil, err
			}
			key := filepath.Join(dir, "key")
			if err := os.WriteFile(key, []byte(strings.TrimSpace(t.KeyPEM)+"\n"), 0o600); err != nil {
				os.RemoveAll(dir)
				return nil, err
			}
			sc.KeyPath = key
			c.release = func() { os.RemoveAll(dir) }
		}
		c.ReplicaClient = sc
	case KindS3:
		sc := lss3.NewReplicaClient()
		sc.Bucket = strings.TrimSpace(t.Bucket)
		sc.Path = strings.Trim(t.Path, "/")
		sc.AccessKeyID = strings.TrimSpace(t.AccessKeyID)
		sc.SecretAccessKey = t.SecretAccessKey
		sc.Region = strings.TrimSpace(t.Region)
		if sc.Region == "" {
			sc.Region = lss3.DefaultRegion
		}
		if ep := strings.TrimRight(strings.TrimSpace(t.Endpoint), "/"); ep != "" {
			sc.Endpoint = ep
			// Aliyun OSS wants the bucket in the host name; the other compatible stores the path.
			u, _ := url.Parse(ep)
			sc.ForcePathStyle = !strings.HasSuffix(strings.ToLower(u.Hostname()), "aliyuncs.com")
		}
		c.ReplicaClient = sc
	case KindWebDAV:
		wc := webdav.NewReplicaClient()
		wc.URL = strings.TrimRight(strings.TrimSpace(t.URL), "/")
		wc.Username = strings.TrimSpace(t.User)
		wc.Password = t.Password
		wc.Path = t.Path
		wc.Timeout = dialTimeout * 3
		c.ReplicaClient = wc
	}
	c.SetLogger(quietLogger())
	return c, nil
}

// quietLogger keeps Litestream's own log lines (which name hosts and paths) out of the hall's
// log: the replicator reports its state through Status instead.
func quietLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func itoa(n int) string { return strconv.Itoa(n) }
