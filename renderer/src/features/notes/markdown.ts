import DOMPurify from 'dompurify'
import MarkdownIt from 'markdown-it'
import { isOpenableUrl } from '../../platform/safe-url'

// Raw HTML is never passed through (html: false); links are auto-detected.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false })

// markdown-it already refuses javascript:/vbscript:/file: and most data: links; this narrows
// links to http(s) and mailto-free plain text, images to nothing remote or inline.
markdown.validateLink = (url: string) => isOpenableUrl(url.trim())

const allowedTags = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]

/**
 * Markdown to HTML that is safe to insert: markdown-it without raw HTML, then DOMPurify with a
 * short allow-list as defence in depth. Only http(s) hrefs survive; images are dropped.
 */
export function renderMarkdown(source: string): string {
  return String(renderMarkdownHtml(source))
}

/**
 * The same HTML as a TrustedHTML where the browser has Trusted Types (the page requires them
 * for innerHTML), made by DOMPurify's own policy; a plain string elsewhere.
 */
export function renderMarkdownHtml(source: string): string | TrustedHTML {
  return DOMPurify.sanitize(markdown.render(source), {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href', 'title', 'align', 'start'],
    ALLOWED_URI_REGEXP: /^https?:\/\//i,
    RETURN_TRUSTED_TYPE: true,
  })
}

/** The http(s) URL a click in rendered markdown should open, or null when it opens nothing. */
export function linkTarget(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null
  const anchor = target.closest('a')
  if (!anchor) return null
  const href = anchor.getAttribute('href')
  return isOpenableUrl(href) ? href : null
}
