// zh-CN-session.ts holds the words about the session and unsaved work: the idle warning, signing
// in again over an open page, leaving a form or closing a dialog with changes, restored drafts
// and printing.
export const sessionText = {
  leaveConfirm: '有未保存的内容，确定离开吗？',
  leaveTitle: '离开此页',
  leave: '离开',
  stay: '留在此页',
  discardConfirm: '有未保存的内容，确定放弃吗？',
  discardTitle: '放弃修改',
  discard: '放弃',
  keepEditing: '继续编辑',
  idleTitle: '即将自动退出',
  idleBody: '长时间未操作，{s} 秒后将自动退出登录。',
  idleKeep: '继续工作',
  reauthTitle: '请重新登录',
  reauthBody: '登录已过期（长时间未操作、服务器重启或恢复了备份）。页面上填写的内容都还在，重新登录后将继续刚才的操作。',
  reauthUsername: '登录名',
  reauthPassword: '密码',
  reauthSubmit: '登录并继续',
  reauthGiveUp: '退出到登录页',
  reauthNeedPassword: '请输入密码',
  draftRestored: '已恢复未保存的草稿',
  draftDiscard: '丢弃',
  savedOpened: '已保存并打开：{path}',
  downloaded: '已下载：{file}',
  printOpened: '已打开打印：{file}（同时已下载）',
}
