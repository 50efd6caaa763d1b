// period.ts writes a reporting period for the screens.
import type { Translate } from '../../i18n'

/** periodLabel is a period as words: the one day itself, or "from 至 to". */
export function periodLabel(t: Translate, from: string, to: string): string {
  return from === to ? from : t('report.periodOf', { from, to })
}
