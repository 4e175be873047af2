// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import {
  MAX_EXTERNAL_URL_LENGTH,
  openExternalSafely,
  parseSafeExternalUrl,
} from '../../../electron/external-links'

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

describe('parseSafeExternalUrl', () => {
  it.each(hostile)('rejects %s', (_label, input) => {
    expect(parseSafeExternalUrl(input)).toBeNull()
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
  it('opens a web link with its normalised form', async () => {
    const open = vi.fn(async () => undefined)
    await expect(openExternalSafely('https://Example.com', open)).resolves.toEqual({
      ok: true,
      value: undefined,
    })
    expect(open).toHaveBeenCalledExactlyOnceWith('https://example.com/')
  })

  it.each(hostile)('never calls open for %s', async (_label, input) => {
    const open = vi.fn(async () => undefined)
    const result = await openExternalSafely(input, open)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/http or https/)
    expect(open).not.toHaveBeenCalled()
  })

  it('reports a browser that fails to open as a value, not a throw', async () => {
    const open = vi.fn(async () => {
      throw new Error('no handler for https')
    })
    const result = await openExternalSafely('https://example.com', open)
    expect(result).toEqual({ ok: false, error: expect.stringContaining('no handler for https') })
  })
})
