// @vitest-environment node
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { FALLBACK_MIME_TYPE, mimeTypeFor } from '../../../electron/mime-types'
import { resolveAppRequest, serveAppRequest } from '../../../electron/protocol'
import { CONTENT_SECURITY_POLICY } from '../../../electron/security'

const root = '/opt/bastion/out/renderer'

describe('resolveAppRequest', () => {
  it.each([
    ['app://bastion/index.html', 'index.html'],
    ['app://bastion/', 'index.html'],
    ['app://bastion', 'index.html'],
    ['app://bastion/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://bastion/assets/index.css?v=2#top', 'assets/index.css'],
    ['app://bastion/fonts/Inter%20Var.woff2', 'fonts/Inter Var.woff2'],
    ['app://bastion/catalog', 'catalog'],
  ])('maps %s inside the root', (url, relativePath) => {
    expect(resolveAppRequest(root, url)).toBe(join(root, relativePath))
  })

  it.each([
    ['plain ..', 'app://bastion/../../etc/passwd'],
    ['.. inside the path', 'app://bastion/assets/../../../etc/passwd'],
    ['trailing ..', 'app://bastion/assets/..'],
    ['%2e%2e%2f', 'app://bastion/%2e%2e%2f%2e%2e%2fetc/passwd'],
    ['%2E%2E upper case', 'app://bastion/%2E%2E/%2E%2E/etc/passwd'],
    ['mixed .%2e', 'app://bastion/.%2e/.%2e/etc/passwd'],
    ['encoded slash', 'app://bastion/assets%2f..%2f..%2fetc%2fpasswd'],
    ['encoded backslash', 'app://bastion/..%5c..%5cwindows%5cwin.ini'],
    ['%252e double encoding', 'app://bastion/%252e%252e/%252e%252e/etc/passwd'],
    ['%252f double-encoded slash', 'app://bastion/..%252f..%252fetc%252fpasswd'],
    ['raw backslash', 'app://bastion/..\\..\\windows\\win.ini'],
    ['backslash in a file name', 'app://bastion/assets\\index.js'],
    ['null byte', 'app://bastion/index.html\u0000.png'],
    ['encoded null byte', 'app://bastion/index.html%00.png'],
    ['absolute path after a double slash', 'app://bastion//etc/passwd'],
    ['Windows drive letter', 'app://bastion/C:/Windows/win.ini'],
    ['encoded drive letter colon', 'app://bastion/C%3A/Windows/win.ini'],
    ['overlong UTF-8 dot', 'app://bastion/%c0%ae%c0%ae/etc/passwd'],
    ['wrong host', 'app://evil/index.html'],
    ['look-alike host', 'app://bastion.evil.com/index.html'],
    ['credentials before the host', 'app://bastion@evil/index.html'],
    ['user info with the right host', 'app://user:pass@bastion/index.html'],
    ['a port', 'app://bastion:8080/index.html'],
    ['wrong scheme', 'file:///opt/bastion/out/renderer/index.html'],
    ['https', 'https://bastion/index.html'],
    ['not a URL', 'index.html'],
  ])('rejects %s', (_label, url) => {
    expect(resolveAppRequest(root, url)).toBeNull()
  })

  it('never answers with a path outside the root, whatever the request', () => {
    const attempts = ['..', '%2e%2e', '%252e%252e', '..%2f', '%2e.', '.%2e', '..\\', '%5c..']
    for (const a of attempts) {
      for (const b of attempts) {
        const resolved = resolveAppRequest(root, `app://bastion/${a}/${b}/etc/passwd`)
        if (resolved !== null) expect(resolved.startsWith(`${root}/`)).toBe(true)
      }
    }
  })
})

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index.JS', 'text/javascript; charset=utf-8'],
    ['assets/index.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['data.json', 'application/json; charset=utf-8'],
    ['unknown.xyz', FALLBACK_MIME_TYPE],
    ['no-extension', FALLBACK_MIME_TYPE],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type)
  })
})

describe('serveAppRequest', () => {
  const files: Record<string, string> = {
    [join(root, 'index.html')]: '<!doctype html><title>Bastion</title>',
    [join(root, 'assets/app.js')]: 'console.log(1)',
  }
  const read = vi.fn(async (path: string) => {
    const text = files[path]
    if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' })
    return new TextEncoder().encode(text)
  })
  const get = (url: string, method = 'GET') =>
    serveAppRequest(new Request(url, { method }), root, read)

  it('serves a file with its type, the CSP and nosniff', async () => {
    const response = await get('app://bastion/assets/app.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    await expect(response.text()).resolves.toBe('console.log(1)')
  })

  it('falls back to index.html for an unknown extension-less path', async () => {
    const response = await get('app://bastion/plan')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    await expect(response.text()).resolves.toContain('<title>Bastion</title>')
  })

  it('answers 404 for a missing asset instead of the app shell', async () => {
    const response = await get('app://bastion/assets/missing.js')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 for a raw traversal URL without touching the disk', async () => {
    read.mockClear()
    // Chromium hands over canonical URLs; a raw one simulates a parser that did not.
    const raw = { method: 'GET', url: 'app://bastion/%2e%2e/%2e%2e/etc/passwd' } as Request
    const response = await serveAppRequest(raw, root, read)
    expect(response.status).toBe(404)
    expect(read).not.toHaveBeenCalled()
  })

  it('only ever reads inside the root once the URL parser has tidied away the dots', async () => {
    read.mockClear()
    const response = await get('app://bastion/%2e%2e/%2e%2e/etc/passwd')
    // `new Request` resolves the dot segments to app://bastion/etc/passwd: no such file there,
    // so the extension-less path gets the app shell, never /etc/passwd.
    expect(response.status).toBe(200)
    await expect(response.text()).resolves.toContain('<title>Bastion</title>')
    for (const [path] of read.mock.calls) expect(path.startsWith(`${root}/`)).toBe(true)
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://bastion/index.html', 'POST')).status).toBe(405)
    const head = await get('app://bastion/index.html', 'HEAD')
    expect(head.status).toBe(200)
    await expect(head.text()).resolves.toBe('')
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the strict policy from the security checklist', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
        "frame-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
        "require-trusted-types-for 'script'",
    )
    // Only WebAssembly compilation is allowed, never eval itself.
    expect(CONTENT_SECURITY_POLICY.split(/[\s;]+/)).not.toContain("'unsafe-eval'")
  })
})
