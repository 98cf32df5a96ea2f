import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { payload } from '../helpers/api'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { startServer, type TestServer } from '../helpers/server'

const PILOT = 'pilote@collectif-ville-campagne.test'

describe('a pilot in the admin (headless Chromium)', () => {
  let server: TestServer
  let browser: Browser
  let page: Page
  const functionId = async (slug: string) =>
    (
      await (
        await payload()
      ).find({ collection: 'functions', where: { slug: { equals: slug } }, depth: 0 })
    ).docs[0]!.id

  beforeAll(async () => {
    server = await startServer({ admin: true })
    browser = await launchChromium()
    page = await signInToAdmin(browser, server.url, PILOT)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('sees on the dashboard the function it pilots, since when, and what it covers', async () => {
    const panel = page.locator('.my-delegations')
    await expect.poll(() => panel.innerText()).toContain('Vos fonctions pilotées')
    const row = panel.locator('tbody tr')
    expect(await row.count()).toBe(1)
    const cells = await row.locator('td').allInnerTexts()
    expect(cells.slice(0, 4)).toEqual([
      'Expertise et prospective',
      'Pilote',
      '01/01/2014',
      'sans fin',
    ])
    expect(cells[4]).toBe(
      'Ressources, Formations, Groupes régionaux, Événements, Budget, Calendrier',
    )
    expect(cells[5]).toBe('En cours')
    await page
      .screenshot({ path: 'tests/e2e/__screens__/pilot-dashboard.png' })
      .catch(() => undefined)
  })

  it('creates and publishes a resource of « Expertise et prospective », and is offered no other function', async () => {
    await page.goto(`${server.url}/admin/collections/resources/create`)
    await page.locator('#field-title').fill('Note de conjoncture des métiers 2026')
    await page.locator('#field-type').click()
    await page.locator('.rs__option', { hasText: /^Outil$/ }).click()

    await page.locator('#field-function').click()
    // The options arrive in one answer: wait for them before reading them.
    await page.locator('.rs__option').first().waitFor()
    const offered = await page.locator('.rs__option').allInnerTexts()
    expect(offered).toEqual(['Expertise et prospective'])
    await page.locator('.rs__option', { hasText: 'Expertise et prospective' }).click()

    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await page.waitForURL(/\/admin\/collections\/resources\/\d+$/)
    const saved = async () =>
      (
        await (
          await payload()
        ).find({
          collection: 'resources',
          where: { title: { equals: 'Note de conjoncture des métiers 2026' } },
          depth: 0,
        })
      ).docs
    await expect.poll(saved, { timeout: 10_000 }).toEqual([
      expect.objectContaining({
        _status: 'published',
        function: await functionId('expertise-prospective'),
      }),
    ])
  })

  it('is refused for « Ressources »: its resources open read-only, and saving one there is forbidden', async () => {
    const ressources = await functionId('ressources')
    const { docs } = await (
      await payload()
    ).find({
      collection: 'resources',
      where: { function: { equals: ressources } },
      depth: 0,
      limit: 1,
    })
    await page.goto(`${server.url}/admin/collections/resources/${docs[0]!.id}`)
    await expect.poll(() => page.locator('#field-title').isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: 'Publier les modifications' }).count()).toBe(0)

    // The same session, asking the API directly (as a tampered form would), is refused.
    const before = await (await payload()).count({ collection: 'resources' })
    const attempt = await page.request.post(`${server.url}/api/resources`, {
      data: {
        title: 'Fiche hors délégation',
        type: 'tool',
        function: ressources,
        _status: 'published',
      },
    })
    expect(attempt.status()).toBe(403)
    expect((await (await payload()).count({ collection: 'resources' })).totalDocs).toBe(
      before.totalDocs,
    )
  })
})
