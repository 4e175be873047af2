/// <reference types="trusted-types" />

/**
 * The page runs with `require-trusted-types-for 'script'` (CSP header and meta tag): a string
 * can no longer become HTML or a script URL by assignment. Bastion's own HTML is made trusted
 * where it is built (markdown through DOMPurify); this default policy catches the rest: HTML is
 * sanitized, and a script URL (the search worker's) must be Bastion's own origin.
 *
 * DOMPurify is not part of the first page's script: it loads beside the start, and until it has
 * loaded the policy refuses HTML strings rather than let one through unsanitized (the first page
 * sets no HTML from a string; Notes' markdown is sanitized where it is built).
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

/**
 * Call once, before React renders; resolves once HTML strings can be sanitized. A browser
 * without Trusted Types needs nothing.
 */
export async function installTrustedTypesPolicy(): Promise<void> {
  const factory = window.trustedTypes
  if (!factory || factory.defaultPolicy) return
  const loaded: { sanitize?: Sanitize } = {}
  factory.createPolicy(
    'default',
    defaultPolicyRules(() => loaded.sanitize),
  )
  const { default: purify } = await import('dompurify')
  loaded.sanitize = (html) => purify.sanitize(html, { RETURN_TRUSTED_TYPE: false })
}
