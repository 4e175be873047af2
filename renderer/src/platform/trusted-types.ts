/// <reference types="trusted-types" />
import DOMPurify from 'dompurify'

/**
 * The page runs with `require-trusted-types-for 'script'` (CSP header and meta tag): a string
 * can no longer become HTML or a script URL by assignment. Bastion's own HTML is made trusted
 * where it is built (markdown through DOMPurify); this default policy catches the rest: HTML is
 * sanitized, and a script URL (the search worker's) must be Bastion's own origin.
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

/** Call once, before React renders. A browser without Trusted Types needs nothing. */
export function installTrustedTypesPolicy(): void {
  const factory = window.trustedTypes
  if (!factory || factory.defaultPolicy) return
  factory.createPolicy('default', {
    createHTML: (html: string) => DOMPurify.sanitize(html, { RETURN_TRUSTED_TYPE: false }),
    createScriptURL: (url: string) => sameOriginScriptUrl(url),
  })
}
