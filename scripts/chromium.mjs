import { existsSync } from 'node:fs'

const systemChromium = '/usr/bin/chromium'

/**
 * Debian's Chromium where present (no browser download is possible here), with flags for a
 * closed network: one definition for playwright.config.ts, the bench and the screenshot script.
 */
export const chromiumLaunchOptions = {
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
}
