import { checkExternalUrl } from './shared/external-url'
import { fail, ok, type Result } from './shared/result'

export { MAX_EXTERNAL_URL_LENGTH } from './shared/external-url'

/**
 * The one door to `shell.openExternal`. The OS hands whatever it gets to the protocol's
 * registered program, so anything but a plain web address (file:, ms-msdt:, UNC paths, …) can
 * run code; a link to this computer or the local network (a debugging port, a router, the cloud
 * metadata service) is refused; a site outside the catalog's own is confirmed by the person in
 * a dialog that shows its real (punycode) host.
 */

/** The normalised address when `value` is a web link Bastion may open, otherwise null. */
export function parseSafeExternalUrl(value: unknown): string | null {
  const checked = checkExternalUrl(value)
  return checked.ok ? checked.href : null
}

export interface ExternalLinkDeps {
  /** shell.openExternal in the app. */
  open(safeUrl: string): Promise<void>
  /** Asks the person (a dialog in the app); true to open. Never asked for a trusted host. */
  confirm(request: { href: string; host: string }): Promise<boolean>
  /** Hosts opened without asking (the catalog's own, in the app). */
  trustedHosts?: ReadonlySet<string>
}

/** Opens `url` only when it is a safe web link, after confirmation unless its host is trusted. */
export async function openExternalSafely(
  url: unknown,
  deps: ExternalLinkDeps,
): Promise<Result<void>> {
  const checked = checkExternalUrl(url, deps.trustedHosts)
  if (!checked.ok) return fail(`This link was not opened: ${checked.reason}.`)
  try {
    if (!checked.trusted && !(await deps.confirm({ href: checked.href, host: checked.host }))) {
      return ok(undefined)
    }
    await deps.open(checked.href)
    return ok(undefined)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail(
      `Your web browser could not be opened (${reason}). Copy the link and open it yourself.`,
    )
  }
}

/** What the confirmation dialog says: the host as the browser will resolve it (punycode). */
export function confirmationMessage(request: { href: string; host: string }): {
  message: string
  detail: string
} {
  const international = request.host.split('.').some((label) => label.startsWith('xn--'))
  return {
    message: `Open ${request.host} in your web browser?`,
    detail: [
      'This site is not one of the catalog’s own. Open it only if you expected this address:',
      request.href,
      ...(international
        ? [
            'The name uses international characters (shown as xn--…): check it is the site you expect.',
          ]
        : []),
    ].join('\n\n'),
  }
}
