// zh-CN-audit.ts holds the words of the audit log's integrity check (审计链头、核对链头);
// zh-CN.ts mounts them as audit. Placeholders in braces, such as {n}, are filled in by t().

export const auditText = {
  headTitle: '审计链头',
  headLabel: '审计链头：',
  head: '第 {count} 条　{hash}',
  headNone: '审计日志还没有记录',
  headHint:
    '请定期把条数和校验码抄在纸上，与备份U盘分开保存；日后在“核对记下的链头”中输入，可以发现审计日志被删除末尾、被改写或整体重算。每份备份的文件名和每期工作简报的页脚也带有链头。',
  refresh: '刷新',
  verify: '校验完整性',
  line: '第 {id} 条（{at} {who} {action}）',

  anchorTitle: '核对记下的链头',
  anchorCount: '第几条',
  anchorHash: '校验码',
  anchorHashPh: '如 9f3c 2b1d 0a4e 5f67',
  anchorAdd: '加入核对',
  anchorHashBad: '校验码应为16位十六进制字符（0-9、a-f），空格可有可无',
  anchorCountBad: '请填写条数',
  anchorTag: '第 {count} 条 {hash}',
  anchorHint: '加入后点“校验完整性”；备份文件夹中备份文件名带的链头会自动核对。',

  whole: '审计日志完整：已校验 {n} 条记录，校验链没有断开。',
  broken: '审计日志被改动：已校验 {n} 条记录，发现 {p} 处问题。',
  brokenHint: '请保留现有数据文件和全部备份，不要恢复或删除任何数据，并报告上级。',
  more: '另有 {n} 处问题未列出。',
  noChain: '该数据来自加入校验链之前的版本，还没有校验链，无法校验。',
  anchorsSummary: '核对链头 {n} 个，其中一致 {ok} 个。',
  noAnchors: '没有可核对的链头：只能发现日志内部的改动，发现不了删除末尾的记录或整条链被重算。请定期抄下链头、把备份存到U盘。',
  lastRestore:
    '最近一次恢复数据：{at}（第 {id} 条记录）。恢复之前记下、与现有记录不符的链头标为“恢复前的数据，不再适用”；如果那时并没有恢复过数据，说明审计日志被改写，请报告上级。',

  colLine: '记录',
  colProblem: '问题',
  colCount: '第几条',
  colHash: '校验码',
  colSource: '来源',
  colResult: '核对结果',
  status: {
    match: '一致',
    mismatch: '不符',
    truncated: '截断',
    'before-restore': '恢复前的数据，不再适用',
    unchecked: '无法核对',
  },
}
