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

/**
 * Source of an in-page function: resolves with performance.now() when the page the user asked
 * for has been painted. `ready()` is checked on every DOM mutation only (polling each animation
 * frame would force extra frames while the page renders); once it holds, the time is taken
 * after the next frame's style, layout and paint: a message posted from requestAnimationFrame
 * is delivered after that frame is drawn.
 */
export const paintedInPage = `(ready) => new Promise((resolve) => {
  const painted = () => requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(null)
  })
  if (ready()) return painted()
  const observer = new MutationObserver(() => {
    if (!ready()) return
    observer.disconnect()
    painted()
  })
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
})`
