/// <reference types="trusted-types" />

/**
 * The page runs with `require-trusted-types-for 'script'` (CSP header and meta tag): a string
 * can no longer become HTML or a script URL by assignment. Bastion's own HTML is made trusted
 * where it is built (markdown through DOMPurify); this default policy catches the rest: HTML is
 * sanitized, and a script URL (the search worker's) must be Bastion's own origin.
 *
 * DOMPurify is not part of the first page's script: it loads once the first page is up, and
 * until it has loaded the policy refuses HTML strings rather than let one through unsanitized
 * (the first page sets no HTML from a string; Notes' markdown is sanitized where it is built).
 */

export function sameOriginScriptUrl(value: string, base: string = document.baseURI): string {
  const url = new URL(value, base)
  const own = new URL(base)
  // Scheme and host, not `origin`: for a scheme the URL parser does not know (app:) it is "null".
  if (url.protocol !== own.protocol || url.host !== own.host || url.host === '') {
    throw new TypeError(`Bastion refused to load a script from ${url.protocol}//${url.host}`)
  }
  return url.href
}

type Sanitize = (html: string) => string

/** The default policy's rules, given the sanitizer once it has loaded (undefined before). */
export function defaultPolicyRules(sanitizer: () => Sanitize | undefined) {
  return {
    createHTML: (html: string) => {
      const sanitize = sanitizer()
      if (!sanitize) throw new TypeError('Bastion refused HTML before its sanitizer had loaded')
      return sanitize(html)
    },
    createScriptURL: (url: string) => sameOriginScriptUrl(url),
  }
}

let sanitizerSlot: { sanitize?: Sanitize } | undefined

/**
 * Call once, before React renders: installs the default policy, which refuses HTML strings
 * until `loadHtmlSanitizer` has loaded DOMPurify. A browser without Trusted Types needs nothing.
 */
export function installTrustedTypesPolicy(): void {
  const factory = window.trustedTypes
  if (!factory || factory.defaultPolicy) return
  const slot: { sanitize?: Sanitize } = {}
  factory.createPolicy(
    'default',
    defaultPolicyRules(() => slot.sanitize),
  )
  sanitizerSlot = slot
}

/**
 * Loads the default policy's sanitizer. Start-up calls it once the first page is up (the first
 * page sets no HTML from a string), so DOMPurify is not fetched and compiled while it starts.
 */
export async function loadHtmlSanitizer(): Promise<void> {
  const slot = sanitizerSlot
  if (!slot || slot.sanitize) return
  const { default: purify } = await import('dompurify')
  slot.sanitize = (html) => purify.sanitize(html, { RETURN_TRUSTED_TYPE: false })
}
