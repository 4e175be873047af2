import initSqlJs, { type SqlJsStatic } from 'sql.js'
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url'

/**
 * sql.js with its WebAssembly served by the app itself (Vite copies the .wasm and names it):
 * `connect-src 'self'` lets the worker fetch it, and `'wasm-unsafe-eval'` in script-src (the
 * one CSP addition, made for this) lets it compile. Loaded once per parse: the worker is short.
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  return initSqlJs({ locateFile: () => wasmUrl })
}
