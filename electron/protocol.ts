import type { Protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { APP_HOST, APP_SCHEME } from './app-origin'
import { mimeTypeFor } from './mime-types'
import { SECURITY_HEADERS } from './security'

/**
 * app://bastion/ serves the built renderer (out/renderer). A custom scheme instead of file://
 * gives the pages a real origin for IndexedDB, lets us attach a CSP header, and confines every
 * request to one folder.
 */

/**
 * Must run before `app` is ready: privileges cannot be granted later. `codeCache` lets V8 keep
 * the compiled scripts between starts, as Chromium does for http(s): without it a custom scheme
 * gets none, and every start compiles the renderer's JavaScript again (Electron's
 * CustomScheme docs; it needs `standard`).
 */
export function registerAppSchemeAsPrivileged(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

// Encoded dot, slash, backslash, NUL or percent (double encoding): no file Bastion ships has
// them in its name, and each is a way to smuggle `..` past a decoder.
const ENCODED_SEPARATOR_OR_DOT = /%(2e|2f|5c|00|25)/i
const DOT_DOT_SEGMENT = /(^|[/\\])\.\.([/\\]|$)/

function hasTraversalMarkers(text: string): boolean {
  return (
    text.includes('\\') ||
    text.includes('\0') ||
    ENCODED_SEPARATOR_OR_DOT.test(text) ||
    DOT_DOT_SEGMENT.test(text)
  )
}

/** The raw path of `app://host/path?query#hash`, before URL parsing can tidy away `..`. */
function rawPathOf(requestUrl: string): string {
  const afterScheme = requestUrl.slice(requestUrl.indexOf('//') + 2)
  const pathStart = afterScheme.search(/[/?#]/)
  if (pathStart === -1) return ''
  const path = afterScheme.slice(pathStart)
  const end = path.search(/[?#]/)
  return end === -1 ? path : path.slice(0, end)
}

/**
 * The file under `rootDir` that `requestUrl` names, or null when the request is not for
 * app://bastion/ or tries to leave the folder in any spelling.
 */
export function resolveAppRequest(rootDir: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || hasTraversalMarkers(rawPathOf(requestUrl))) return null
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  if (url.username !== '' || url.password !== '') return null

  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  // `//etc/passwd` and `/C:/…` are absolute paths in disguise.
  if (pathname.startsWith('//') || pathname.includes(':') || pathname.includes('%')) return null
  if (hasTraversalMarkers(pathname)) return null

  const relativePath = pathname.replace(/^\/+/, '') || 'index.html'
  const root = resolve(rootDir)
  const filePath = resolve(root, relativePath)
  const fromRoot = relative(root, filePath)
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null
  return filePath
}

export type ReadAppFile = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>

function respond(
  status: number,
  body: Uint8Array<ArrayBuffer> | string | null,
  contentType: string,
): Response {
  return new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-cache' },
  })
}

async function readWithIndexFallback(
  rootDir: string,
  filePath: string,
  read: ReadAppFile,
): Promise<{ path: string; body: Uint8Array<ArrayBuffer> } | null> {
  try {
    return { path: filePath, body: await read(filePath) }
  } catch {
    // A missing asset (`.js`, `.png`) must fail loudly; only route-like paths get the app shell.
    if (extname(filePath) !== '') return null
    const indexPath = join(resolve(rootDir), 'index.html')
    try {
      return { path: indexPath, body: await read(indexPath) }
    } catch {
      return null
    }
  }
}

/** Answers one app:// request; `read` is injected so tests need no files. */
export async function serveAppRequest(
  request: Request,
  rootDir: string,
  read: ReadAppFile = readFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return respond(405, 'Method not allowed', 'text/plain; charset=utf-8')
  }
  const filePath = resolveAppRequest(rootDir, request.url)
  const file = filePath === null ? null : await readWithIndexFallback(rootDir, filePath, read)
  if (file === null) return respond(404, 'Not found', 'text/plain; charset=utf-8')
  return respond(200, request.method === 'HEAD' ? null : file.body, mimeTypeFor(file.path))
}

/** Serves `rootDir` on app://bastion/. Call once the app is ready. */
export function registerAppProtocol(protocol: Protocol, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir))
}
