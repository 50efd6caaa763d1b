package hall

// Audit actions and entity of backups and restores.
const (
	ActBackup         = "备份"
	ActRestore        = "恢复数据"
	ActDownloadBackup = "下载备份"
	EntityBackup      = "数据备份"
)

// SystemActor is who writes the audit lines of what the program does by itself (the automatic
// backups): operator 0, which no operator has.
func SystemActor() Actor { return Actor{OperatorID: 0, Name: "系统"} }
