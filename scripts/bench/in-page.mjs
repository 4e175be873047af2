/**
 * Source of an in-page function: resolves with performance.now() when `ready()` first holds.
 * Checked on every DOM mutation, so a React commit is timed exactly, and every animation frame.
 */
export const waitInPage = `(ready) => new Promise((resolve) => {
  let done = false
  const finish = () => {
    if (done || !ready()) return
    done = true
    observer.disconnect()
    resolve(performance.now())
  }
  const observer = new MutationObserver(finish)
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  const frame = () => {
    finish()
    if (!done) requestAnimationFrame(frame)
  }
  frame()
})`
