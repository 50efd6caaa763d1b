// zh-CN-stale.ts holds the words of a save refused because someone else changed the record
// first (two tabs, two counters): what changed, and reloading it.
export const staleText = {
  title: '该记录已被他人修改',
  intro: '在您打开之后，有人修改并保存了这条记录，您的保存没有生效。以下内容与您看到的不同：',
  noDetail: '在您打开之后，有人修改或处理了这条记录，您的操作没有生效。',
  field: '项目',
  yours: '您看到的',
  now: '现在',
  advice: '请重新载入，看过最新内容后再修改。',
  close: '关闭',
  reload: '重新载入',
}
