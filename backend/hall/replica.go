package hall

// Audit actions and entity of the hall's replication to the banner (旗县汇总).
const (
	ActReplicaTarget  = "设置旗县汇总"
	ActReplicaStop    = "停止旗县汇总"
	ActReplicaRestore = "从旗县服务器恢复"
	EntityReplica     = "旗县汇总"
)
