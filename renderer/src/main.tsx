// First: zod must know it runs without `new Function` before any schema is built.
import './platform/zod-jitless'
import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { bootstrap } from './app/bootstrap'
import { Providers } from './app/providers'
import { router } from './app/router'
import { installTrustedTypesPolicy } from './platform/trusted-types'
import './styles.css'

installTrustedTypesPolicy()
const container = document.getElementById('root')!

function markReady() {
  // The app-ready marker end-to-end tests wait on (never a sleep): set in the frame that shows
  // the first page.
  requestAnimationFrame(() => {
    document.documentElement.dataset.appReady = 'true'
  })
}

// The first page renders while the database opens (and, on a first start, is created and
// seeded): its reads wait inside Dexie until the open is done (app/bootstrap.ts).
const start = bootstrap()
let root: Root | undefined
let failed = false
const rendered = start.readsMayStart.then(() => {
  // The open may already have failed (its error shows alone).
  if (failed) return
  root = createRoot(container)
  // Drawn at once, not in a later task: the ready marker's frame then shows the first page.
  flushSync(() =>
    root!.render(
      <StrictMode>
        <Providers>
          <RouterProvider router={router} />
        </Providers>
      </StrictMode>,
    ),
  )
})

Promise.all([rendered, start.opened])
  .then(markReady)
  .catch((error: unknown) => {
    failed = true
    console.error(error)
    // Not a half-drawn app: the first page's reads failed with the open; only the error shows.
    root?.unmount()
    document.documentElement.dataset.appReady = 'error'
    const message = error instanceof Error ? error.message : String(error)
    container.replaceChildren()
    const box = document.createElement('div')
    box.setAttribute('role', 'alert')
    box.className = 'startup-error'
    const heading = document.createElement('h1')
    heading.textContent = 'Bastion could not start'
    const detail = document.createElement('pre')
    detail.textContent = message
    const advice = document.createElement('p')
    advice.textContent =
      'Your stored data has not been changed. Close other Bastion windows and try again; if this persists, restore from a backup in Settings after restarting.'
    box.append(heading, detail, advice)
    container.append(box)
  })
