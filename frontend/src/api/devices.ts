// devices.ts wraps DeviceService: a browser asking to become one of the hall's devices, and the
// administrator pairing and revoking them. deviceCall is how a device page calls its methods.
import * as DeviceService from '../../wailsjs/go/app/DeviceService'
import type { hall } from '../../wailsjs/go/models'
import { call } from './call'
import type { AppError } from './errors'

export type Device = hall.Device
export type DeviceState = hall.DeviceState
export type DeviceApproval = hall.DeviceApproval
export type NetworkInfo = hall.NetworkInfo

const unpairedListeners: ((e: AppError) => void)[] = []

/** onUnpaired registers what to do when the server says this browser is no longer a paired
 * device (the device shell shows its pairing screen again). */
export function onUnpaired(fn: (e: AppError) => void): () => void {
  unpairedListeners.push(fn)
  return () => unpairedListeners.splice(unpairedListeners.indexOf(fn) >>> 0, 1)
}

/** deviceCall runs a device page's call; a refusal because the device is not paired (or was
 * revoked) is told to the shell as well as thrown. */
export async function deviceCall<T>(p: () => Promise<T>): Promise<T> {
  try {
    return await call(p)
  } catch (e) {
    const err = e as AppError
    if (err.code === 'unpaired') unpairedListeners.forEach((fn) => fn(err))
    throw err
  }
}

/** deviceMe says what this browser is: none, pending (with its code), paired or revoked. */
export function deviceMe(): Promise<DeviceState> {
  return call(() => DeviceService.Me())
}

/** beginPairing asks for this browser to be paired and returns the code to show. */
export function beginPairing(): Promise<DeviceState> {
  return call(() => DeviceService.Begin())
}

/** listDevices lists the devices and the open pairing requests (administrator). */
export function listDevices(): Promise<Device[]> {
  return call(() => DeviceService.List()).then((l) => l ?? [])
}

/** approveDevice pairs a waiting device with a name and a role (administrator). */
export function approveDevice(a: DeviceApproval): Promise<Device> {
  return call(() => DeviceService.Approve(a))
}

/** revokeDevice cuts a device off (administrator). */
export function revokeDevice(id: number): Promise<Device> {
  return call(() => DeviceService.Revoke(id))
}

/** getNetwork says how this program serves the hall's network (administrator). */
export function getNetwork(): Promise<NetworkInfo> {
  return call(() => DeviceService.Network())
}

/** setNetwork switches the desktop program's serving of the hall's network (administrator). */
export function setNetwork(on: boolean, port: number): Promise<NetworkInfo> {
  return call(() => DeviceService.SetNetwork(on, port))
}
