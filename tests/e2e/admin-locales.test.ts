import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { findDocs, payload } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'

const TITLE_EN = 'Action-training on territorial cooperation'
const TITLE_FR = 'Formation-action sur la coopération territoriale'

/** An editor who last wrote in English publishes a training (issue 12, item 1). */
describe('publishing from the English content (headless Chromium, French admin)', () => {
  const admin = adminInChromium()
  let page: Page
  beforeAll(async () => {
    page = await admin.signIn('coordination@unadel.test')
  })

  const choose = async (field: string, option: string) => {
    await page.locator(`#field-${field}`).click()
    await page.locator('.rs__option', { hasText: new RegExp(`^${option}$`) }).click()
  }
  const trainings = () =>
    findDocs('trainings', { title: { equals: TITLE_EN } }, { locale: 'en', fallbackLocale: false })

  it('is told the French title is missing, in French, and publishes once it is written', async () => {
    await page.goto(`${admin.url}/admin/collections/trainings/create?locale=en`)
    await page.locator('#field-title').fill(TITLE_EN)
    await choose('format', 'Formation-action')
    await choose('status', 'Inscriptions ouvertes')
    const refusal = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().includes('/api/trainings'),
    )
    await page.getByRole('button', { name: 'Publier les modifications' }).click()

    // Refused, naming the field and the language (what the admin received and shows on the
    // field), and nothing published.
    const answer = await refusal
    expect(answer.status()).toBe(400)
    expect((await answer.json()).errors[0].data.errors[0].message).toBe(
      'Titre : à remplir en français avant de publier',
    )
    const toast = page.locator('.payload-toast-container')
    await expect.poll(() => toast.innerText()).toMatch(/n’est pas valide\s*:\s*Titre/)
    await page
      .screenshot({ path: 'tests/e2e/__screens__/publish-without-french.png' })
      .catch(() => undefined)
    expect((await trainings()).filter((t) => t._status === 'published')).toEqual([])

    // Saved as a draft, then given its French title, it publishes.
    await page.getByRole('button', { name: /^Enregistrer le brouillon$/ }).click()
    await page.waitForURL(/\/admin\/collections\/trainings\/\d+/)
    const id = page.url().match(/trainings\/(\d+)/)![1]
    await page.goto(`${admin.url}/admin/collections/trainings/${id}?locale=fr`)
    await page.locator('#field-title').fill(TITLE_FR)
    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await expect.poll(async () => (await trainings()).map((t) => t._status)).toEqual(['published'])
    const local = await payload()
    const french = await local.findByID({ collection: 'trainings', id: Number(id), locale: 'fr' })
    expect(french.title).toBe(TITLE_FR)
  })
})
