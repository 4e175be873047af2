// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  confirmationMessage,
  MAX_EXTERNAL_URL_LENGTH,
  openExternalSafely,
  parseSafeExternalUrl,
} from '../../../electron/external-links'
import { CATALOG_HOSTS, httpsHostsIn } from '../../../electron/catalog-hosts'
import { checkExternalUrl } from '../../../electron/shared/external-url'

function deps(confirmAnswer = true) {
  return {
    trustedHosts: new Set(['www.giac.org', 'genai.owasp.org']),
    open: vi.fn(async (_url: string) => undefined),
    confirm: vi.fn(async (_request: { href: string; host: string }) => confirmAnswer),
  }
}

const hostile: ReadonlyArray<[string, unknown]> = [
  ['javascript:', 'javascript:alert(1)'],
  ['javascript: in capitals', 'JaVaScRiPt:alert(document.cookie)'],
  ['javascript: behind a leading space', ' javascript:alert(1)'],
  ['javascript: split by a tab', 'java\tscript:alert(1)'],
  ['vbscript:', 'vbscript:msgbox("x")'],
  ['file: URL', 'file:///etc/passwd'],
  ['file: URL on Windows', 'file:///C:/Windows/System32/calc.exe'],
  ['data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['ms-msdt: (Follina)', 'ms-msdt:/id PCWDiagnostic /skip force /param "IT_RebrowseForFile=?"'],
  ['search-ms:', 'search-ms:query=calc&crumb=location:\\\\evil\\share'],
  ['smb:', 'smb://evil.example/share'],
  ['UNC path', '\\\\server\\share\\payload.exe'],
  ['UNC path with forward slashes', '//server/share/payload.exe'],
  ['https with backslashes', 'https:\\\\evil.example\\path'],
  ['https without slashes', 'https:evil.example'],
  ['https with a single slash', 'https:/evil.example'],
  ['credentials', 'https://user:pass@example.com/'],
  ['user name only', 'https://user@example.com/'],
  ['host hidden behind credentials', 'https://bastion.app@evil.example/'],
  ['leading space', ' https://example.com'],
  ['trailing space', 'https://example.com '],
  ['newline', 'https://example.com/\nfile:///etc/passwd'],
  ['null byte', 'https://example.com/\u0000.exe'],
  ['zero-width space', 'https://exa\u200bmple.com'],
  ['bidi override', 'https://example.com/\u202egpj.exe'],
  ['non-breaking space', '\u00a0https://example.com'],
  ['byte order mark', '\ufeffhttps://example.com'],
  ['empty string', ''],
  ['only whitespace', '   '],
  ['no host', 'https://'],
  ['relative path', '/catalog'],
  ['overlong URL', `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`],
  ['a number', 42],
  ['null', null],
  ['undefined', undefined],
  ['an object with toString', { toString: () => 'https://example.com' }],
  ['a URL object', new URL('https://example.com')],
  ['an array', ['https://example.com']],
]

/** Addresses on this computer or the local network: a debugging port, a router, cloud metadata. */
const local: ReadonlyArray<[string, string, RegExp]> = [
  ['Chrome debugging port', 'http://localhost:9222/json', /this computer \(localhost\)/],
  ['localhost with a trailing dot', 'http://localhost./', /this computer/],
  ['a .localhost name', 'http://admin.localhost/', /this computer/],
  ['loopback IPv4', 'http://127.0.0.1:8080/', /this computer \(127\.0\.0\.1\)/],
  ['loopback as one number', 'http://2130706433/', /this computer \(127\.0\.0\.1\)/],
  ['loopback in hex', 'http://0x7f.1/', /this computer \(127\.0\.0\.1\)/],
  ['loopback in octal', 'http://0177.0.0.1/', /this computer/],
  ['0.0.0.0', 'http://0.0.0.0:3000/', /this computer/],
  ['IPv6 loopback', 'http://[::1]:9222/', /this computer/],
  ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/', /this computer/],
  ['cloud metadata (link-local)', 'http://169.254.169.254/latest/meta-data/', /link-local/],
  ['IPv6 link-local', 'http://[fe80::1]/', /link-local/],
  ['private 10/8', 'http://10.0.0.1/', /local network/],
  ['private 172.16/12', 'https://172.20.1.1/', /local network/],
  ['private 192.168/16', 'http://192.168.1.1/admin', /local network/],
  ['unique-local IPv6', 'http://[fd00::1]/', /local network/],
  ['a public address as a number', 'https://8.8.8.8/', /numeric address/],
  ['a router name', 'http://router/', /local network \(router\)/],
  ['a .local name', 'http://printer.local/', /local network/],
  ['a .internal name', 'http://metadata.google.internal/', /local network/],
  ['a .home.arpa name', 'http://nas.home.arpa/', /local network/],
]

describe('parseSafeExternalUrl', () => {
  it.each(hostile)('rejects %s', (_label, input) => {
    expect(parseSafeExternalUrl(input)).toBeNull()
  })

  it.each(local)('refuses %s and says where it points', (_label, input, reason) => {
    const checked = checkExternalUrl(input)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.reason).toMatch(reason)
  })

  it.each([
    [
      'https://www.giac.org/certifications/security-essentials-gsec/',
      'https://www.giac.org/certifications/security-essentials-gsec/',
    ],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/Path?q=1#frag', 'https://example.com/Path?q=1#frag'],
    ['https://genai.owasp.org/llm-top-10/', 'https://genai.owasp.org/llm-top-10/'],
    ['https://example.com/a%20b', 'https://example.com/a%20b'],
    ['https://例え.jp/', 'https://xn--r8jz45g.jp/'],
  ])('accepts %s as %s', (input, expected) => {
    expect(parseSafeExternalUrl(input)).toBe(expected)
  })
})

describe('openExternalSafely', () => {
  it('opens a catalog site at once, with its normalised form', async () => {
    const links = deps()
    await expect(
      openExternalSafely('https://WWW.giac.org/certifications/', links),
    ).resolves.toEqual({ ok: true, value: undefined })
    expect(links.open).toHaveBeenCalledExactlyOnceWith('https://www.giac.org/certifications/')
    expect(links.confirm).not.toHaveBeenCalled()
  })

  it('asks before opening any other site, showing its real host', async () => {
    const links = deps(true)
    await openExternalSafely('https://Example.com/a', links)
    expect(links.confirm).toHaveBeenCalledExactlyOnceWith({
      href: 'https://example.com/a',
      host: 'example.com',
    })
    expect(links.open).toHaveBeenCalledExactlyOnceWith('https://example.com/a')
  })

  it('opens nothing when the person says no', async () => {
    const links = deps(false)
    await expect(openExternalSafely('https://example.com/', links)).resolves.toEqual({
      ok: true,
      value: undefined,
    })
    expect(links.open).not.toHaveBeenCalled()
  })

  it('asks for a catalog host over plain http or on another port', async () => {
    for (const url of ['http://www.giac.org/', 'https://www.giac.org:8443/']) {
      const links = deps(false)
      await openExternalSafely(url, links)
      expect(links.confirm).toHaveBeenCalledTimes(1)
    }
  })

  it('shows a look-alike international name as punycode, with a warning', async () => {
    // "gіac.org" with a Cyrillic і.
    const links = deps(false)
    await openExternalSafely('https://www.g\u0456ac.org/', links)
    const request = links.confirm.mock.calls[0]?.[0]
    expect(request?.host).toBe('www.xn--gac-jhd.org')
    const shown = confirmationMessage(request ?? { href: '', host: '' })
    expect(shown.message).toBe('Open www.xn--gac-jhd.org in your web browser?')
    expect(shown.detail).toMatch(/international characters/)
    expect(
      confirmationMessage({ href: 'https://example.com/', host: 'example.com' }).detail,
    ).not.toMatch(/international/)
  })

  it.each(hostile)('never asks or opens for %s', async (_label, input) => {
    const links = deps()
    const result = await openExternalSafely(input, links)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^This link was not opened: /)
    expect(links.confirm).not.toHaveBeenCalled()
    expect(links.open).not.toHaveBeenCalled()
  })

  it.each(local)('never asks or opens %s', async (_label, input) => {
    const links = deps()
    const result = await openExternalSafely(input, links)
    expect(result.ok).toBe(false)
    expect(links.confirm).not.toHaveBeenCalled()
    expect(links.open).not.toHaveBeenCalled()
  })

  it('reports a browser that fails to open as a value, not a throw', async () => {
    const links = deps()
    links.open.mockRejectedValue(new Error('no handler for https'))
    const result = await openExternalSafely('https://www.giac.org/', links)
    expect(result).toEqual({ ok: false, error: expect.stringContaining('no handler for https') })
  })
})

describe('the trusted hosts', () => {
  it('are the hosts of the catalog’s own https links', () => {
    const catalog = readFileSync(join(__dirname, '../../../data/catalog.json'), 'utf8')
    const hosts = new Set([...catalog.matchAll(/"https:\/\/([^/"?#:]+)/g)].map((match) => match[1]))
    expect([...CATALOG_HOSTS].sort()).toEqual([...hosts].sort())
    expect(CATALOG_HOSTS).toContain('www.giac.org')
    expect(CATALOG_HOSTS).not.toContain('example.com')
  })

  it('come only from https links', () => {
    expect([
      ...httpsHostsIn({
        a: ['https://a.example/x', 'http://b.example/'],
        b: { c: 'https://c.example' },
      }),
    ]).toEqual(['a.example', 'c.example'])
  })
})
