// printable.ts warns while a name is typed that the documents cannot print some of it (an
// emoji, a character the print font lacks), instead of the clerk finding □ on the receipt. The
// characters come from the server's rule (generated/printable.ts, hall.Printable), which also
// refuses such a name on saving.
import { unprintable } from '../generated/printable'
import { i18n } from '../i18n'

/** t reads a message of the current locale. */
const t = i18n.global.t

/** printProblem is the field message for text that would not print as typed, or ''. */
export function printProblem(label: string, text: string): string {
  const bad = unprintable(text.trim())
  return bad.length ? t('form.unprintable', { label, chars: bad.join('') }) : ''
}
