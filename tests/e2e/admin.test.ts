import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'

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
