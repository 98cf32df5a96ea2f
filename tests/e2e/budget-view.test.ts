import fs from 'node:fs'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { payload } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'

const COORDINATION = 'coordination@unadel.test'
const PILOT = 'pilote@collectif-ville-campagne.test'

/** The page's text with French number spaces (narrow and no-break) made plain. */
const textOf = async (page: Page, selector = 'body') =>
  (await page.locator(selector).first().innerText()).replace(/[\u202f\u00a0\s]+/g, ' ')

/** The coordination reads the year's budget at a glance (headless Chromium, French, Paris). */
describe('the budget view in the admin', () => {
  const admin = adminInChromium()

  it('shows the coordination the 2014 totals in French amounts, balanced, and downloads the CSV', async () => {
    const page = await admin.signIn(COORDINATION)
    page.setDefaultTimeout(10_000)
    // Wide enough for Payload's nav to stay open beside the page, as on a desk.
    await page.setViewportSize({ width: 1600, height: 1000 })
    await page.reload()
    await page.getByRole('link', { name: 'Synthèse du budget' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/budget')
    await page.locator('[data-balanced]').waitFor()
    const body = await textOf(page)
    expect(body).toContain('2014 · 12 lignes')
    expect(await textOf(page, '[data-balanced]')).toContain('Budget équilibré')
    expect(await textOf(page, '[data-balanced]')).toContain(
      '123 000 € de dépenses et autant de recettes prévues',
    )
    expect(await textOf(page, '[data-balanced]')).toContain(
      'Part financière équilibrée (115 000 €)',
    )
    const chart = await textOf(page, 'figure')
    expect(chart).toContain('Dépense')
    expect(chart).toContain('Recette')
    expect(chart.match(/123 000 €/g)).toHaveLength(2)
    // The sections, with the options' French labels and the funders' names.
    for (const text of ['Par nature', 'Par catégorie', 'Par financeur', 'Par fonction']) {
      expect(body).toContain(text)
    }
    expect(body).toContain('Salaires et charges')
    expect(body).toMatch(/Agence nationale pour la cohésion sociale[^\n]*60 000 €/)
    expect(body).not.toMatch(/\d{4,} ?€/) // no amount without its thousands separator
    await page.screenshot({ path: 'tests/e2e/__screens__/budget-view.png', fullPage: true })

    // The spreadsheet download: what the report serves, with the coordination's own session.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[data-format="csv-fr"]').click(),
    ])
    expect(download.suggestedFilename()).toBe('budget-2014-fr.csv')
    const bytes = fs.readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8').slice(1).split('\n')[0]!.trim()).toBe(
      'Rubrique;Sens;Poste;Prévu (€);Réalisé (€);Écart (€)',
    )
    const [plain] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[data-format="csv"]').click(),
    ])
    expect(plain.suggestedFilename()).toBe('budget-2014.csv')
    await page.close()
  })

  it('names a bad year instead of failing, and shows the latest', async () => {
    const page = await admin.signIn(COORDINATION)
    const response = await page.goto(`${admin.url}/admin/budget?year=douze`)
    expect(response?.status()).toBe(200)
    expect(await textOf(page, '[role="alert"]')).toMatch(/^Année non valide \(year : /)
    expect(await textOf(page)).toContain('2014 · 12 lignes')
    await page.close()
  })

  it('lists and edits budget lines with French amounts', async () => {
    const page = await admin.signIn(COORDINATION)
    await page.goto(`${admin.url}/admin/collections/budget-lines?limit=50`)
    await page.locator('tbody tr').first().waitFor()
    const list = await textOf(page, 'tbody')
    expect(list).toContain('35 000 €')
    expect(list).not.toMatch(/\b35000\b/)
    await page.locator('tbody tr', { hasText: '35 000 €' }).first().locator('a').first().click()
    await page.locator('input[name="planned"]').waitFor()
    // The line's history is the document's « Versions » tab.
    await expect
      .poll(() => page.locator('.doc-tabs a', { hasText: 'Versions' }).count())
      .toBeGreaterThan(0)
    await expect.poll(() => textOf(page, '.budget-amount')).toBe('35 000 €')
    await page.fill('input[name="planned"]', '1234567.5')
    await expect.poll(() => textOf(page, '.budget-amount')).toBe('1 234 567,50 €')
    await page.close()
  })

  // Payload keeps the admin's field schemas per collection, whatever the language: a label
  // computed for the first editor who compares versions was shown to every other.
  it('compares two versions of a line in each editor’s language, French first, then English', async () => {
    const local = await payload()
    const {
      docs: [line],
    } = await local.find({
      collection: 'budget-lines',
      where: { direction: { equals: 'expense' } },
    })
    for (const status of ['proposed', 'draft'] as const)
      await local.update({ collection: 'budget-lines', id: line!.id, data: { status } })
    const {
      docs: [latest],
    } = await local.findVersions({
      collection: 'budget-lines',
      where: { parent: { equals: line!.id } },
      sort: '-updatedAt',
    })
    const page = await admin.signIn(COORDINATION)
    const comparison = `${admin.url}/admin/collections/budget-lines/${line!.id}/versions/${latest!.id}`
    await page.goto(comparison)
    await expect.poll(() => textOf(page, 'main')).toContain('Proposée')
    expect(await textOf(page, 'main')).toContain('Brouillon')

    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: admin.url }])
    await page.goto(comparison)
    await expect.poll(() => textOf(page, 'main')).toContain('Proposed')
    const english = await textOf(page, 'main')
    expect(english).toContain('Draft')
    expect(english).not.toMatch(/Proposée|Brouillon/)
    await page.close()
  })

  it('is refused to a pilot, who finds no link to it', async () => {
    const page = await admin.signIn(PILOT)
    expect(await page.getByRole('link', { name: 'Synthèse du budget' }).count()).toBe(0)
    await page.goto(`${admin.url}/admin/budget`)
    await page.locator('[data-refused]').waitFor()
    const body = await textOf(page)
    expect(body).toContain('La synthèse du budget est réservée à la coordination')
    expect(body).not.toContain('123 000 €')
    await page.close()
  })
})
