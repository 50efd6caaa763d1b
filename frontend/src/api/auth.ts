// auth.ts wraps AuthService: sign in, sign out, change one's own password.
import * as AuthService from '../../wailsjs/go/app/AuthService'
import type { hall } from '../../wailsjs/go/models'
import { call } from './call'

/** login checks the password and opens a session on this seat. */
export function login(username: string, password: string): Promise<hall.Operator> {
  return call(() => AuthService.Login({ username, password }))
}

/** logout ends this seat's session. */
export async function logout(): Promise<void> {
  await call(() => AuthService.Logout())
}

/** changePassword changes the signed-in operator's password. */
export async function changePassword(oldPassword: string, newPassword: string): Promise<void> {
  await call(() => AuthService.ChangePassword({ oldPassword, newPassword }))
}

/** Preferences are the signed-in operator's own settings (the text size, in percent). */
export type Preferences = hall.OperatorPrefs

/** getPreferences reads the signed-in operator's own settings. */
export function getPreferences(): Promise<Preferences> {
  return call(() => AuthService.Preferences())
}

/** savePreferences stores the signed-in operator's own settings. */
export function savePreferences(p: Preferences): Promise<Preferences> {
  return call(() => AuthService.SavePreferences(p))
}
