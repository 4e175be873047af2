import { checkExternalUrl } from '../../../electron/shared/external-url'

/**
 * True only for links the desktop app would open: http(s) spelt `scheme://host`, no hidden
 * characters or credentials, not this computer or the local network (the same rule as main's).
 */
export function isOpenableUrl(value: unknown): value is string {
  return checkExternalUrl(value).ok
}
