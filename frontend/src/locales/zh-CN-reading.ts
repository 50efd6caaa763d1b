// zh-CN-reading.ts holds the words of the quiet notices and the reading aids: the working-day
// calendar notice (quiet for the counter, with what to do for the administrator) and the
// operator's own text size.
export const readingText = {
  calendarQuiet:
    '{years} 年工作日历尚未核对，相关期限暂按法定节假日推算（不含调休）；管理员核对后自动更新，无需处理。',
  calendarAdmin:
    '工作日历缺少 {years} 年数据，期限按法定节假日规则推算（不含调休）。请在“工作日历”中按国务院放假通知核对录入，录入后在办期限自动重算。',
  calendarGo: '去核对工作日历',
  gotIt: '知道了',
  textSize: '字号',
  textSizes: { 100: '标准', 115: '较大', 130: '特大' } as Record<number, string>,
  textSizeSaved: '字号已设为“{label}”，下次登录仍然有效',
}
