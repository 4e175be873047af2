// The init script that times start-up: it records the first moment the app counts as ready.
import { afterEach, expect, it } from 'vitest'
import { readyRecorder } from '../../../scripts/bench/start-up.mjs'

type Recorded = Window & { __benchReadyAt?: number }

afterEach(() => {
  delete (window as Recorded).__benchReadyAt
  document.body.replaceChildren()
})

it('records the time of the first DOM change after which the app is ready, once', async () => {
  new Function(readyRecorder(`() => document.querySelector('[data-ready]') !== null`))()
  // A MutationObserver's callback is a microtask queued by the change: it runs before this one.
  const mutated = () => Promise.resolve()

  document.body.append(document.createElement('p'))
  await mutated()
  expect((window as Recorded).__benchReadyAt).toBeUndefined()

  const ready = document.createElement('p')
  ready.dataset.ready = 'true'
  document.body.append(ready)
  await mutated()
  const first = (window as Recorded).__benchReadyAt
  expect(first).toEqual(expect.any(Number))

  document.body.append(document.createElement('p'))
  await mutated()
  expect((window as Recorded).__benchReadyAt).toBe(first)
})
