// @vitest-environment node
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuOptions } from '../../../electron/menu-template'

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    platform: 'linux',
    isPackaged: true,
    appName: 'Bastion',
    showAbout: vi.fn(),
    ...overrides,
  }
}

const labels = (menu: MenuItemConstructorOptions[]) => menu.map((item) => item.label ?? item.role)
const submenuOf = (menu: MenuItemConstructorOptions[], label: string) => {
  const item = menu.find((entry) => (entry.label ?? entry.role) === label)
  return (item?.submenu ?? []) as MenuItemConstructorOptions[]
}
const roles = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => item.role).filter(Boolean)

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Linux and Windows', () => {
    for (const platform of ['linux', 'win32'] as const) {
      expect(labels(buildMenuTemplate(options({ platform })))).toEqual([
        'File',
        'Edit',
        'View',
        'windowMenu',
        'help',
      ])
    }
  })

  it('adds the app menu first on macOS', () => {
    const menu = buildMenuTemplate(options({ platform: 'darwin' }))
    expect(labels(menu)[0]).toBe('Bastion')
    expect(roles(submenuOf(menu, 'Bastion'))).toEqual([
      'about',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ])
  })

  it('offers the standard edit roles', () => {
    expect(roles(submenuOf(buildMenuTemplate(options()), 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ])
  })

  it('hides developer tools in a packaged app', () => {
    expect(roles(submenuOf(buildMenuTemplate(options({ isPackaged: true })), 'View'))).toEqual([
      'reload',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ])
    expect(roles(submenuOf(buildMenuTemplate(options({ isPackaged: false })), 'View'))).toContain(
      'toggleDevTools',
    )
  })

  it('shows About Bastion from Help: a dialog on Linux, the native panel on macOS', () => {
    const showAbout = vi.fn()
    const [about] = submenuOf(buildMenuTemplate(options({ showAbout })), 'help')
    expect(about?.label).toBe('About Bastion')
    about?.click?.({} as never, undefined, {} as never)
    expect(showAbout).toHaveBeenCalledOnce()

    const [macAbout] = submenuOf(buildMenuTemplate(options({ platform: 'darwin' })), 'help')
    expect(macAbout).toMatchObject({ role: 'about', label: 'About Bastion' })
  })

  it('quits from File on Linux and closes the window on macOS', () => {
    expect(roles(submenuOf(buildMenuTemplate(options()), 'File'))).toEqual(['close', 'quit'])
    expect(roles(submenuOf(buildMenuTemplate(options({ platform: 'darwin' })), 'File'))).toEqual([
      'close',
    ])
  })
})
