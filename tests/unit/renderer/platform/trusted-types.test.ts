import { describe, expect, it } from 'vitest'
import {
  defaultPolicyRules,
  sameOriginScriptUrl,
} from '../../../../renderer/src/platform/trusted-types'

describe('the default Trusted Types policy’s script URLs', () => {
  const base = 'app://bastion/index.html'

  it('accepts Bastion’s own worker script', () => {
    expect(sameOriginScriptUrl('/assets/search.worker-abc.js', base)).toBe(
      'app://bastion/assets/search.worker-abc.js',
    )
    expect(sameOriginScriptUrl('app://bastion/assets/x.js', base)).toBe('app://bastion/assets/x.js')
  })

  it.each([
    'https://evil.example/x.js',
    '//evil.example/x.js',
    'data:text/javascript,alert(1)',
    'javascript:alert(1)',
    'app://other/x.js',
  ])('refuses %s', (url) => {
    expect(() => sameOriginScriptUrl(url, base)).toThrow(/refused to load a script/)
  })
})

describe('the default Trusted Types policy’s HTML', () => {
  it('refuses HTML strings until the sanitizer has loaded, then sanitizes them', () => {
    const loaded: { sanitize?: (html: string) => string } = {}
    const rules = defaultPolicyRules(() => loaded.sanitize)
    expect(() => rules.createHTML('<b>bold</b>')).toThrow(/refused HTML/)
    loaded.sanitize = (html) => html.replace(/<script>.*<\/script>/, '')
    expect(rules.createHTML('<b>bold</b><script>alert(1)</script>')).toBe('<b>bold</b>')
  })
})
