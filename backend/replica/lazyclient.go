package replica

import (
	"context"
	"io"

	"github.com/benbjohnson/litestream"
	"github.com/superfly/ltx"
)

// lazyClient lets replication start while the target is out of reach (a hall offline for days):
// Litestream initialises its client once when it starts and gives up if that fails, so Init
// here never fails and every call connects first. Until the target answers, Litestream keeps
// the transactions in its local files and retries with growing pauses.
type lazyClient struct {
	litestream.ReplicaClient
}

// Init defers connecting to the first call.
func (c lazyClient) Init(context.Context) error { return nil }

// LTXFiles connects if needed, then lists.
func (c lazyClient) LTXFiles(ctx context.Context, level int, seek ltx.TXID, useMetadata bool) (ltx.FileIterator, error) {
	if err := c.ReplicaClient.Init(ctx); err != nil {
		return nil, err
	}
	return c.ReplicaClient.LTXFiles(ctx, level, seek, useMetadata)
}

// OpenLTXFile connects if needed, then reads.
func (c lazyClient) OpenLTXFile(ctx context.Context, level int, minTXID, maxTXID ltx.TXID, offset, size int64) (io.ReadCloser, error) {
	if err := c.ReplicaClient.Init(ctx); err != nil {
		return nil, err
	}
	return c.ReplicaClient.OpenLTXFile(ctx, level, minTXID, maxTXID, offset, size)
}

// WriteLTXFile connects if needed, then writes.
func (c lazyClient) WriteLTXFile(ctx context.Context, level int, minTXID, maxTXID ltx.TXID, r io.Reader) (*ltx.FileInfo, error) {
	if err := c.ReplicaClient.Init(ctx); err != nil {
		return nil, err
	}
	return c.ReplicaClient.WriteLTXFile(ctx, level, minTXID, maxTXID, r)
}

// DeleteLTXFiles connects if needed, then deletes.
func (c lazyClient) DeleteLTXFiles(ctx context.Context, a []*ltx.FileInfo) error {
	if err := c.ReplicaClient.Init(ctx); err != nil {
		return err
	}
	return c.ReplicaClient.DeleteLTXFiles(ctx, a)
}

// DeleteAll connects if needed, then deletes.
func (c lazyClient) DeleteAll(ctx context.Context) error {
	if err := c.ReplicaClient.Init(ctx); err != nil {
		return err
	}
	return c.ReplicaClient.DeleteAll(ctx)
}
