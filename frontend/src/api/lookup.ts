// lookup.ts wraps the lookup terminal's LookupService (a device call) and 文书核验's
// DocumentService (a supervisor's call).
import * as LookupService from '../../wailsjs/go/app/LookupService'
import * as DocumentService from '../../wailsjs/go/app/DocumentService'
import { app, type hall } from '../../wailsjs/go/models'
import { call } from './call'
import { deviceCall } from './devices'

export type LookupAnswer = hall.LookupAnswer
export type VerifyResult = hall.VerifyResult

/** findByCode answers a query code typed or scanned at a lookup terminal or kiosk. */
export function findByCode(text: string): Promise<LookupAnswer> {
  return deviceCall(() => LookupService.Find(text))
}

/** verifyFile checks an uploaded PDF against the documents register. */
export function verifyFile(fileBase64: string, fileName: string): Promise<VerifyResult> {
  return call(() => DocumentService.Verify(new app.VerifyInput({ fileBase64, fileName, number: '' })))
}

/** verifyNumber checks a typed document number against the documents register. */
export function verifyNumber(number: string): Promise<VerifyResult> {
  return call(() => DocumentService.Verify(new app.VerifyInput({ fileBase64: '', fileName: '', number })))
}
