import { describe, expect, it } from 'vitest'
import { sameOriginScriptUrl } from '../../../../renderer/src/platform/trusted-types'

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
