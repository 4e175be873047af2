// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import {
  createQuitBackup,
  QUIT_BACKUP_TIMEOUT_MS,
  type QuitBackupDeps,
} from '../../../../electron/backup/quit'

/** The quit-backup state machine with a fake window, fake timers and a recorded quit. */

const APP_PAGE = 'app://bastion/index.html'

function setup(overrides: Partial<QuitBackupDeps> = {}) {
  const timers: Array<{ callback: () => void; ms: number; cleared: boolean }> = []
  const window = { send: vi.fn() }
  const quit = vi.fn()
  const log = vi.fn()
  let ids = 0
  const quitBackup = createQuitBackup({
    target: () => window,
    quit,
    newRequestId: () => `request-${++ids}`,
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cleared: false }
      timers.push(timer)
      return timer
    },
    clearTimer: (timer) => void ((timer as { cleared: boolean }).cleared = true),
    log,
    ...overrides,
  })
  const beforeQuit = () => {
    const event = { preventDefault: vi.fn() }
    quitBackup.onBeforeQuit(event)
    return event
  }
  /** Fires the pending timer, as if its time had come. */
  const elapse = () => {
    for (const timer of timers) if (!timer.cleared) timer.callback()
  }
  return { quitBackup, window, quit, log, timers, beforeQuit, elapse }
}

describe('closing the window', () => {
  const close = (quitBackup: ReturnType<typeof setup>['quitBackup'], closingQuits: boolean) => {
    const event = { preventDefault: vi.fn() }
    quitBackup.onWindowClose(event, closingQuits)
    return event
  }

  it('where it quits the app, holds the close and quits, so the backup runs first', () => {
    const { quitBackup, window, quit, beforeQuit } = setup()
    expect(close(quitBackup, true).preventDefault).toHaveBeenCalledOnce()
    expect(quit).toHaveBeenCalledOnce()
    // app.quit() emits before-quit while the window is still alive: it is asked for a backup.
    expect(beforeQuit().preventDefault).toHaveBeenCalledOnce()
    expect(window.send).toHaveBeenCalledWith('backup:requested', { requestId: 'request-1' })
    // Closed again while the backup is written: still held, and no second quit.
    expect(close(quitBackup, true).preventDefault).toHaveBeenCalledOnce()
    expect(quit).toHaveBeenCalledOnce()

    quitBackup.onRequestDone(APP_PAGE, { requestId: 'request-1', ok: true })
    expect(quit).toHaveBeenCalledTimes(2)
    // The real quit closes the window: now it may.
    expect(close(quitBackup, true).preventDefault).not.toHaveBeenCalled()
  })

  it('on macOS, closes at once: the app keeps running and backs up when it quits', () => {
    const { quitBackup, quit, window } = setup()
    expect(close(quitBackup, false).preventDefault).not.toHaveBeenCalled()
    expect(quit).not.toHaveBeenCalled()
    expect(window.send).not.toHaveBeenCalled()
  })
})

describe('quit backup', () => {
  it('holds the first quit, asks the window, and quits when it answers done', () => {
    const { quitBackup, window, quit, timers, beforeQuit } = setup()
    expect(beforeQuit().preventDefault).toHaveBeenCalledOnce()
    expect(window.send).toHaveBeenCalledWith('backup:requested', { requestId: 'request-1' })
    expect(timers).toEqual([
      expect.objectContaining({ ms: QUIT_BACKUP_TIMEOUT_MS, cleared: false }),
    ])
    expect(quitBackup.state()).toBe('waiting')
    expect(quit).not.toHaveBeenCalled()

    quitBackup.onRequestDone(APP_PAGE, { requestId: 'request-1', ok: true })
    expect(quit).toHaveBeenCalledOnce()
    expect(timers[0]?.cleared).toBe(true)
    expect(quitBackup.state()).toBe('released')
  })

  it('lets the quit it started (the second before-quit) pass', () => {
    const { quitBackup, quit, beforeQuit, window } = setup()
    beforeQuit()
    quitBackup.onRequestDone(APP_PAGE, { requestId: 'request-1', ok: true })
    expect(beforeQuit().preventDefault).not.toHaveBeenCalled()
    expect(beforeQuit().preventDefault).not.toHaveBeenCalled()
    expect(window.send).toHaveBeenCalledOnce()
    expect(quit).toHaveBeenCalledOnce()
  })

  it('quits too when the backup failed, and logs why', () => {
    const { quitBackup, quit, log, beforeQuit } = setup()
    beforeQuit()
    quitBackup.onRequestDone(APP_PAGE, { requestId: 'request-1', ok: false, error: 'disk full' })
    expect(quit).toHaveBeenCalledOnce()
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk full'))
  })

  it('quits after the timeout when the window never answers', () => {
    const { quitBackup, quit, beforeQuit, elapse } = setup({ timeoutMs: 500 })
    beforeQuit()
    expect(quit).not.toHaveBeenCalled()
    elapse()
    expect(quit).toHaveBeenCalledOnce()
    // A late answer changes nothing.
    quitBackup.onRequestDone(APP_PAGE, { requestId: 'request-1', ok: true })
    expect(quit).toHaveBeenCalledOnce()
  })

  it('keeps waiting while quit is chosen again, still bounded by the one timeout', () => {
    const { quit, timers, beforeQuit, window, elapse } = setup()
    beforeQuit()
    expect(beforeQuit().preventDefault).toHaveBeenCalledOnce()
    expect(window.send).toHaveBeenCalledOnce()
    expect(timers).toHaveLength(1)
    elapse()
    expect(quit).toHaveBeenCalledOnce()
  })

  it.each([
    ['another request id', { requestId: 'request-0', ok: true }],
    ['no request id', { ok: true }],
    ['no outcome', { requestId: 'request-1' }],
    ['a too long error', { requestId: 'request-1', ok: false, error: 'x'.repeat(2001) }],
    ['not an object', 'request-1'],
    ['nothing', undefined],
  ])('ignores an answer with %s', (_label, payload) => {
    const { quitBackup, quit, beforeQuit } = setup()
    beforeQuit()
    quitBackup.onRequestDone(APP_PAGE, payload)
    expect(quit).not.toHaveBeenCalled()
    expect(quitBackup.state()).toBe('waiting')
  })

  it.each([
    ['another website', 'https://evil.example/'],
    ['a file: page', 'file:///tmp/evil.html'],
    ['an app:// look-alike', 'app://bastion.evil.com/'],
    ['a destroyed frame', undefined],
    ['the dev server outside development', 'http://localhost:5173/'],
  ])('ignores an answer from %s', (_label, url) => {
    const { quitBackup, quit, log, beforeQuit } = setup()
    beforeQuit()
    quitBackup.onRequestDone(url, { requestId: 'request-1', ok: true })
    expect(quit).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ignored a backup answer'))
  })

  it('trusts the dev server in development', () => {
    const { quitBackup, quit, beforeQuit } = setup({ devServerUrl: 'http://localhost:5173/' })
    beforeQuit()
    quitBackup.onRequestDone('http://localhost:5173/#/settings', {
      requestId: 'request-1',
      ok: true,
    })
    expect(quit).toHaveBeenCalledOnce()
  })

  it('ignores an answer nobody asked for', () => {
    const { quitBackup, quit } = setup()
    quitBackup.onRequestDone(APP_PAGE, { requestId: 'request-1', ok: true })
    expect(quit).not.toHaveBeenCalled()
    expect(quitBackup.state()).toBe('idle')
  })

  it('lets the quit through at once when there is no window to ask', () => {
    const { quitBackup, quit, timers, beforeQuit } = setup({ target: () => null })
    expect(beforeQuit().preventDefault).not.toHaveBeenCalled()
    expect(timers).toHaveLength(0)
    expect(quit).not.toHaveBeenCalled()
    expect(quitBackup.state()).toBe('released')
  })

  it('lets the quit through at once when the window cannot be asked', () => {
    const failing = {
      send: () => {
        throw new Error('Object has been destroyed')
      },
    }
    const { quitBackup, log, timers, beforeQuit } = setup({ target: () => failing })
    expect(beforeQuit().preventDefault).not.toHaveBeenCalled()
    expect(timers).toHaveLength(0)
    expect(quitBackup.state()).toBe('released')
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not ask'), expect.any(Error))
  })
})
