import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'
import { freezeDatabase, ownDatabase } from '../helpers/server'

describe('the admin in headless Chromium', () => {
  const admin = adminInChromium()

  it('is French for a browser whose language the admin does not offer (French is the default)', async () => {
    const page = await admin.browser.newPage({ locale: 'de-DE' })
    await page.goto(`${admin.url}/admin/login`)
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    await expect.poll(() => page.locator('body').innerText()).toContain('Se connecter')
    await page.close()
  })

  it('shows the login page in French, signs in and shows the French dashboard', async () => {
    const page = await admin.browser.newPage({ locale: 'fr-FR' })
    await page.goto(`${admin.url}/admin`)
    await page.waitForURL(/\/admin\/login/)
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    await page.fill('input[name="email"]', 'admin@pole-metiers.test')
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
    const body = () => page.locator('body').innerText()
    for (const text of ['Tableau de bord', 'Administration', 'Utilisateurs']) {
      await expect.poll(body).toContain(text)
    }
    await page.screenshot({ path: 'tests/e2e/__screens__/dashboard.png' }).catch(() => undefined)
  })
})

describe('the admin while its PostgreSQL hangs', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-admin-down-'))
  fs.chmodSync(dataDir, 0o755)
  const admin = adminInChromium(ownDatabase(dataDir))
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('tells a signed-in editor, in French, that the database is away, keeps them signed in, and comes back by itself', async () => {
    const page = await admin.signIn('coordination@unadel.test')
    const body = () => page.locator('body').innerText()
    const thaw = freezeDatabase(dataDir)
    try {
      // Rendered without its database, the admin took the editor for a stranger: the login page.
      const response = await page.goto(`${admin.url}/admin/collections/resources`)
      expect(response?.status()).toBe(503)
      expect(new URL(page.url()).pathname).toBe('/admin/collections/resources')
      expect(await body()).toContain('La base de données est momentanément indisponible')
      expect(await body()).toContain('vous restez connecté')
    } finally {
      thaw()
    }
    // The page reloads itself (every 10 s) and shows the list, still signed in.
    await page.waitForSelector('text=Ressource', { timeout: 30_000 })
    await expect.poll(body, { timeout: 30_000 }).not.toContain('indisponible')
    expect(new URL(page.url()).pathname).toBe('/admin/collections/resources')
  })
})
