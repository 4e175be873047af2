// Preloaded into Electron's own installer (`node --import`) by ensure-binary.mjs. The installer
// prints only "TypeError: fetch failed" when the network is unreachable; this records the cause
// (the host and the system error, such as ENOTFOUND) on one marked line that ensure-binary reads.
const MARKER = 'bastion-electron-download-error:'
const realFetch = globalThis.fetch

function hostOf(input) {
  try {
    return new URL(typeof input === 'string' ? input : input.url).host
  } catch {
    return ''
  }
}

globalThis.fetch = async function fetchWithReason(input, init) {
  try {
    return await realFetch(input, init)
  } catch (error) {
    const cause = error && error.cause
    const why = (cause && (cause.code || cause.message)) || (error && error.message) || 'failed'
    const host = hostOf(input)
    process.stderr.write(
      `\n${MARKER} ${host ? `cannot reach ${host}` : 'no connection'} (${why})\n`,
    )
    throw error
  }
}
