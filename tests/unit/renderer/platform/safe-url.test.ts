import { describe, expect, it } from 'vitest'
import { isOpenableUrl } from '../../../../renderer/src/platform/safe-url'

describe('isOpenableUrl: the renderer offers only links main would open', () => {
  it.each([
    ['backslashes after the scheme', 'https:\\\\evil.com'],
    ['no slashes', 'https:evil.com'],
    ['a tab', 'https://exa\tmple.com/'],
    ['a newline', 'https://example.com/\njavascript:alert(1)'],
    ['a null byte', 'https://example.com/\u0000'],
    ['a bidi override', 'https://example.com/\u202egpj.exe'],
    ['javascript:', 'javascript:alert(1)'],
    ['credentials', 'https://user:pass@example.com/'],
    ['localhost', 'http://localhost:9222/json'],
    ['loopback as a number', 'http://2130706433/'],
    ['cloud metadata', 'http://169.254.169.254/'],
    ['a private address', 'http://192.168.1.1/'],
    ['a number', 42],
  ])('refuses %s', (_label, value) => {
    expect(isOpenableUrl(value)).toBe(false)
  })

  it('accepts a public web link', () => {
    expect(isOpenableUrl('https://example.com/path')).toBe(true)
    expect(isOpenableUrl('https://www.giac.org/')).toBe(true)
  })
})
