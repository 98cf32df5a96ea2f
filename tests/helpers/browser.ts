import fs from 'node:fs'

import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { DEMO_PASSWORD } from './api'
import { startServer, type TestServer } from './server'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network. */
export const launchChromium = async (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A new page of the admin in French, in the network's time zone, signed in as `email`. */
export const signInToAdmin = async (
  browser: Browser,
  serverUrl: string,
  email: string,
): Promise<Page> => {
  const page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })
  await page.goto(`${serverUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

/**
 * The real server with the admin, and a Chromium, for the calling `describe` block: started
 * before its tests, stopped after. `env` goes to the server.
 */
export const adminInChromium = (env: Record<string, string | undefined> = {}) => {
  let server: TestServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    server = await startServer({ admin: true, env })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })
  const started = () => {
    if (!server || !browser) throw new Error('adminInChromium: used outside its describe block')
    return { server, browser }
  }
  return {
    get url() {
      return started().server.url
    },
    get browser() {
      return started().browser
    },
    /** A new French page in Paris time, signed in as `email`. */
    signIn: (email: string) => signInToAdmin(started().browser, started().server.url, email),
  }
}
