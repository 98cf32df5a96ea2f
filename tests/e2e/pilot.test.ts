import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { findDocs, functionId, payload } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'

const PILOT = 'pilote@collectif-ville-campagne.test'

describe('a pilot in the admin (headless Chromium)', () => {
  const admin = adminInChromium()
  let page: Page

  beforeAll(async () => {
    page = await admin.signIn(PILOT)
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

  it('creates and publishes a resource of « Expertise et prospective » without touching the function field, marked required', async () => {
    await page.goto(`${admin.url}/admin/collections/resources/create`)
    // Its only function is already chosen, and the field says it is required.
    const field = page.locator('#field-function')
    await expect.poll(() => field.innerText()).toContain('Expertise et prospective')
    expect(await field.locator('.field-label .required').innerText()).toBe('*')

    await page.locator('#field-title').fill('Note de conjoncture des métiers 2026')
    await page.locator('#field-type').click()
    await page.locator('.rs__option', { hasText: /^Outil$/ }).click()
    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await page.waitForURL(/\/admin\/collections\/resources\/\d+$/)
    const saved = () =>
      findDocs('resources', { title: { equals: 'Note de conjoncture des métiers 2026' } })
    await expect.poll(saved).toEqual([
      expect.objectContaining({
        _status: 'published',
        function: await functionId('expertise-prospective'),
      }),
    ])
  })

  it('is offered no other function', async () => {
    await page.goto(`${admin.url}/admin/collections/resources/create`)
    // Its input, not the chosen value (whose button opens the function's document).
    await page.locator('#field-function .rs__input').click()
    // The options arrive in one answer: wait for them before reading them.
    await page.locator('.rs__option').first().waitFor()
    expect(await page.locator('.rs__option').allInnerTexts()).toEqual(['Expertise et prospective'])
  })

  it('is refused for « Ressources »: its resources open read-only, and saving one there is forbidden', async () => {
    const ressources = await functionId('ressources')
    const docs = await findDocs('resources', { function: { equals: ressources } }, { limit: 1 })
    await page.goto(`${admin.url}/admin/collections/resources/${docs[0]!.id}`)
    await expect.poll(() => page.locator('#field-title').isDisabled()).toBe(true)
    // A banner says why: the function, and who may write there (nobody pilots « Ressources »).
    expect(await page.locator('.delegation-read-only').innerText()).toBe(
      'Lecture seule — Ce document relève de la fonction « Ressources », que votre organisation ne pilote pas pour ces documents : seule la coordination peut y écrire.',
    )
    // The function it belongs to is shown, not an empty field.
    await expect.poll(() => page.locator('#field-function').innerText()).toContain('Ressources')
    await page
      .screenshot({ path: 'tests/e2e/__screens__/pilot-read-only.png' })
      .catch(() => undefined)
    expect(await page.getByRole('button', { name: 'Publier les modifications' }).count()).toBe(0)

    // The same session, asking the API directly (as a tampered form would), is refused.
    const before = await (await payload()).count({ collection: 'resources' })
    const attempt = await page.request.post(`${admin.url}/api/resources`, {
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

  it('is not offered « Validée » on a line of its function, is told why when it tries, and a validated line says it is locked', async () => {
    const p = await payload()
    const line = (status: string) =>
      p.create({
        collection: 'budget-lines',
        data: {
          year: 2015,
          direction: 'expense',
          kind: 'cash',
          label: `Congrès 2015 — ${status}`,
          category: 'logistics',
          planned: 12000,
          function: piloted,
          status,
        } as never,
      })
    const piloted = await functionId('expertise-prospective')
    const proposed = await line('proposed')
    const validated = await line('validated')

    await page.goto(`${admin.url}/admin/collections/budget-lines/${proposed.id}`)
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option').first().waitFor()
    expect(await page.locator('.rs__option').allInnerTexts()).toEqual(['Brouillon', 'Proposée'])
    await page.keyboard.press('Escape')

    // The same session asking the API to validate (as a tampered form would) is told why.
    const attempt = await page.request.patch(`${admin.url}/api/budget-lines/${proposed.id}`, {
      data: { status: 'validated' },
      headers: { 'Accept-Language': 'fr' },
    })
    expect(attempt.status()).toBe(403)
    expect((await attempt.json()).errors[0].message).toBe(
      'Seule la coordination valide une ligne budgétaire.',
    )
    expect((await p.findByID({ collection: 'budget-lines', id: proposed.id })).status).toBe(
      'proposed',
    )

    await page.goto(`${admin.url}/admin/collections/budget-lines/${validated.id}`)
    await expect
      .poll(() => page.locator('.delegation-read-only').innerText())
      .toBe(
        'Lecture seule — Ce document porte la valeur « Validée » au champ « Statut » : seule la coordination peut encore le modifier ou le supprimer.',
      )
  })

  it('lists only the budget lines of its function', async () => {
    await page.goto(`${admin.url}/admin/collections/budget-lines`)
    const rows = page.locator('.table tbody tr')
    await expect.poll(() => rows.count()).toBe(2)
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Congrès 2015')
  })

  it('a bulk delete of another function’s resource says it was refused, and why, never « supprimé avec succès »', async () => {
    const ressources = await functionId('ressources')
    const p = await payload()
    const { docs } = await p.find({
      collection: 'resources',
      where: { function: { equals: ressources }, _status: { equals: 'published' } },
      depth: 0,
      limit: 1,
    })
    const target = docs[0]!
    await page.goto(`${admin.url}/admin/collections/resources?where[id][equals]=${target.id}`)
    await page.locator('.table tbody tr').first().waitFor()
    await page.locator('.table tbody tr .select-row input').first().check()
    await page.getByRole('button', { name: 'Supprimer', exact: true }).click()
    await page.getByRole('button', { name: 'Confirmer' }).click()
    const toast = page.locator('[data-sonner-toast]')
    await expect
      .poll(() => toast.allInnerTexts().then((t) => t.join('\n')))
      .toContain('Impossible de supprimer 1 sur 1 Ressource.')
    const said = (await toast.allInnerTexts()).join('\n')
    expect(said).toContain(
      'relève de la fonction « Ressources », que votre organisation ne pilote pas',
    )
    expect(said).not.toContain('succès')
    expect(
      await p.findByID({ collection: 'resources', id: target.id, disableErrors: true }),
    ).not.toBeNull()
  })

  it('a bulk edit reaching another function’s resource says why it was refused, and changes only its own', async () => {
    const p = await payload()
    const first = async (fn: string) =>
      (
        await p.find({
          collection: 'resources',
          where: { function: { equals: await functionId(fn) } },
          sort: 'id',
          depth: 0,
          limit: 1,
        })
      ).docs[0]!
    const [mine, theirs] = [await first('expertise-prospective'), await first('ressources')]
    await page.goto(
      `${admin.url}/admin/collections/resources?where[id][in]=${mine.id},${theirs.id}`,
    )
    await expect.poll(() => page.locator('.table tbody tr').count()).toBe(2)
    for (const box of await page.locator('.table tbody tr .select-row input').all())
      await box.check()
    await page.getByRole('button', { name: 'Éditer', exact: true }).click()
    // The drawer's « Sélectionnez les champs à modifier », the page's last select.
    await page.getByRole('combobox').last().click()
    // Computed fields are not offered: there is nothing to enter.
    await expect.poll(() => page.locator('.rs__option').allInnerTexts()).toContain('Année')
    expect(await page.locator('.rs__option').allInnerTexts()).not.toContain('Contenu (HTML)')
    await page.locator('.rs__option', { hasText: /^Année$/ }).click()
    await page.locator('#field-year').fill('2001')
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    const toast = page.locator('[data-sonner-toast]')
    await expect
      .poll(() => toast.allInnerTexts().then((t) => t.join('\n')))
      .toContain('Impossible de mettre à jour 1 sur 2 Ressources.')
    expect((await toast.allInnerTexts()).join('\n')).toContain(
      'relève de la fonction « Ressources », que votre organisation ne pilote pas',
    )
    const year = async (id: number) =>
      (await p.findByID({ collection: 'resources', id, draft: true, depth: 0 })).year
    expect([await year(mine.id), await year(theirs.id)]).toEqual([2001, theirs.year])
  })
})
