// usePrintDocument is the print buttons of a case or petition page: one document at a time,
// delivered as the app delivers documents, with its warning (a character the print font lacks)
// kept on screen long enough to read.
import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { deliverDocument, type Document } from '../api/documents'
import { notifyError } from '../utils/feedback'

/**
 * usePrintDocument returns printing (the kind being printed, '' when none) and print(kind,
 * make), which makes and delivers one document; a click while another prints is ignored.
 */
export function usePrintDocument() {
  const printing = ref('')
  async function print(kind: string, make: () => Promise<Document>): Promise<void> {
    if (printing.value) return
    printing.value = kind
    try {
      const doc = await make()
      ElMessage.success(deliverDocument(doc))
      if (doc.warning) ElMessage.warning({ message: doc.warning, duration: 8000 })
    } catch (e) {
      notifyError(e)
    } finally {
      printing.value = ''
    }
  }
  return { printing, print }
}
