import { describe, expect, it } from 'vitest'
import { linkTarget, renderMarkdown } from '@renderer/features/notes/markdown'

const payloads = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 1">',
  '<svg onload="window.__xss = 1"><circle r="1"/></svg>',
  '<a href="javascript:window.__xss = 1">click</a>',
  '[click](javascript:window.__xss=1)',
  '[click](JaVaScRiPt:window.__xss=1)',
  '[click](&#106;avascript:window.__xss=1)',
  '[click](&#x6A;&#x61;vascript:alert(1))',
  '[click](java\tscript:alert(1))',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="width: expression(alert(1))">x</p>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<object data="javascript:alert(1)"></object><embed src="x.swf">',
  '<<script>alert(1)//<</script>',
  '[x](vbscript:msgbox(1))',
  '[x](file:///etc/passwd)',
  '<details open ontoggle=alert(1)>',
  '`<script>` in code is text',
]

function render(source: string): HTMLElement {
  const host = document.createElement('div')
  host.innerHTML = renderMarkdown(source)
  document.body.append(host)
  return host
}

describe('renderMarkdown', () => {
  it.each(payloads)('leaves nothing live for %s', (payload) => {
    const host = render(payload)
    expect(
      host.querySelectorAll('script, iframe, object, embed, form, svg, math, img, style'),
    ).toHaveLength(0)
    for (const element of host.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith('on'), `${attribute.name} on <${element.tagName}>`).toBe(
          false,
        )
        expect(attribute.name).not.toBe('style')
      }
      const href = element.getAttribute('href') ?? element.getAttribute('src')
      if (href) expect(href).toMatch(/^https?:\/\//)
    }
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined()
    host.remove()
  })

  it('renders ordinary markdown', () => {
    const host = render(
      '# Title\n\n**bold** and a [link](https://owasp.org) and https://atlas.mitre.org\n\n- one\n- two',
    )
    expect(host.querySelector('h1')?.textContent).toBe('Title')
    expect(host.querySelector('strong')?.textContent).toBe('bold')
    const links = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(links).toEqual(['https://owasp.org', 'https://atlas.mitre.org'])
    expect(host.querySelectorAll('li')).toHaveLength(2)
  })

  it('shows raw HTML as text instead of running it', () => {
    const host = render('<b>not bold</b>')
    expect(host.querySelector('b')).toBeNull()
    expect(host.textContent).toContain('<b>not bold</b>')
  })

  it('opens only http(s) links on click', () => {
    const host = render('[ok](https://example.com/a) [bad](javascript:alert(1))')
    const [good] = host.querySelectorAll('a')
    expect(linkTarget(good ?? null)).toBe('https://example.com/a')
    expect(host.querySelectorAll('a')).toHaveLength(1)
    expect(linkTarget(host)).toBeNull()
  })
})
