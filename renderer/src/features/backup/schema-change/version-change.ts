import '../backup.css'

/**
 * Another window opened a newer schema: this one closed its database and must reload. A banner
 * (not a blocking alert) says so; the page is made inert so nothing half-saved is attempted.
 */
export function showReloadBanner(doc: Document = document): HTMLElement {
  const existing = doc.getElementById('reload-banner')
  if (existing) return existing
  doc.documentElement.dataset.appReady = 'stale'
  doc.getElementById('root')?.setAttribute('inert', '')
  const banner = doc.createElement('div')
  banner.id = 'reload-banner'
  banner.className = 'reload-banner'
  banner.setAttribute('role', 'alert')
  const text = doc.createElement('p')
  text.textContent =
    'Bastion was updated in another window. Reload this window to keep working: everything you saved is kept.'
  const button = doc.createElement('button')
  button.type = 'button'
  button.className = 'primary'
  button.textContent = 'Reload now'
  button.addEventListener('click', () => doc.defaultView?.location.reload())
  banner.append(text, button)
  doc.body.prepend(banner)
  button.focus()
  return banner
}
