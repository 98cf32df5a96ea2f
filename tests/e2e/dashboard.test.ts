import { describe, expect, it } from 'vitest'

import { findDocs, payload } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'

const euros = (value: number) =>
  new Intl.NumberFormat('fr-FR', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(value)

describe('the dashboard (headless Chromium, French, Europe/Paris)', () => {
  const admin = adminInChromium()

  it('tells the coordination where the programme stands, each panel linking to its list', async () => {
    const local = await payload()
    const [lastLine] = (
      await local.find({ collection: 'budget-lines', sort: '-year', limit: 1, depth: 0 })
    ).docs
    const year = lastLine!.year
    const lines = await findDocs('budget-lines', { year: { equals: year } }, { pagination: false })
    const planned = (direction: string) =>
      lines.filter((l) => l.direction === direction).reduce((sum, l) => sum + l.planned, 0)
    const [lastMilestone] = (
      await local.find({ collection: 'milestones', sort: '-period', limit: 1, depth: 0 })
    ).docs

    // A pilot's change, then one of the coordination's own: only the pilot's is news.
    const user = async (email: string) =>
      (await local.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!
    const byFunction = async (slug: string, equals: boolean) =>
      (
        await local.find({
          collection: 'resources',
          where: { 'function.slug': equals ? { equals: slug } : { not_equals: slug } },
          limit: 1,
          depth: 0,
        })
      ).docs[0]!
    const changedBy = async (email: string, resource: { id: number }) =>
      local.update({
        collection: 'resources',
        id: resource.id,
        data: { year: 2013 },
        user: await user(email),
        overrideAccess: false,
      })
    const piloted = await byFunction('expertise-prospective', true)
    await changedBy('pilote@collectif-ville-campagne.test', piloted)
    const coordinated = await byFunction('expertise-prospective', false)
    await changedBy('coordination@unadel.test', coordinated)

    const page = await admin.signIn('coordination@unadel.test')
    const overview = page.locator('.programme-overview')
    await expect.poll(() => overview.innerText()).toContain('Où en est le programme')
    const panel = (name: string) => overview.locator(`[data-panel="${name}"]`)

    // The seed delegates « Expertise et prospective » to the Collectif Ville Campagne, no end.
    expect(await panel('delegations').innerText()).toMatch(
      /Expertise et prospective — Collectif Ville Campagne.* — sans fin/,
    )
    expect(await panel('milestones').innerText()).toContain(
      `Jalons du semestre ${lastMilestone!.period}`,
    )
    const budget = await panel('budget').innerText()
    expect(budget).toContain(`Budget ${year}`)
    expect(budget.replace(/\s/g, ' ')).toContain(
      `Recettes prévues : ${euros(planned('income'))}`.replace(/\s/g, ' '),
    )
    expect(budget).toMatch(planned('income') === planned('expense') ? /Équilibré/ : /Déséquilibré/)
    expect(await panel('upcoming').innerText()).toContain('Événements et sessions à venir')
    const changes = await panel('changes').innerText()
    expect(changes).toContain('Dernières modifications des pilotes')
    expect(changes).toContain(`« ${piloted.title} »`)
    expect(changes).not.toContain(`« ${coordinated.title} »`)

    // Each panel's « Tout voir » opens its list.
    for (const [name, path] of [
      ['delegations', '/admin/collections/functions'],
      ['milestones', '/admin/collections/milestones'],
      ['budget', '/admin/collections/budget-lines'],
      ['changes', '/admin/collections/audit-log'],
    ]) {
      const href = await panel(name!)
        .getByRole('link', { name: /Tout voir/ })
        .getAttribute('href')
      expect(href).toMatch(new RegExp(`^${path}`))
    }
    await page
      .screenshot({ path: 'tests/e2e/__screens__/coordination-dashboard.png', fullPage: true })
      .catch(() => undefined)
    await page.close()
  })

  it('lists an all-day event all its day in Paris, and a timed one until it starts', async () => {
    const local = await payload()
    const now = new Date()
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now)
    const event = { kind: 'seminar' as const, _status: 'published' as const }
    const allDay = await local.create({
      collection: 'events',
      data: { ...event, title: 'Journée entière du jour', allDay: true, startsAt: today },
    })
    const started = await local.create({
      collection: 'events',
      data: {
        ...event,
        title: 'Réunion déjà commencée',
        startsAt: new Date(now.getTime() - 60_000).toISOString(),
      },
    })
    try {
      const page = await admin.signIn('coordination@unadel.test')
      const upcoming = page.locator('.programme-overview [data-panel="upcoming"]')
      await expect.poll(() => upcoming.innerText()).toContain('Événements et sessions à venir')
      const text = await upcoming.innerText()
      // Kept at noon UTC of its day: it used to leave the list at 13:00 or 14:00 in Paris.
      expect(text).toContain('Journée entière du jour')
      expect(text).not.toContain('Réunion déjà commencée')
      await page.close()
    } finally {
      for (const doc of [allDay, started]) await local.delete({ collection: 'events', id: doc.id })
    }
  })

  it('shows a pilot its delegations, not the programme overview', async () => {
    const page = await admin.signIn('pilote@collectif-ville-campagne.test')
    await expect
      .poll(() => page.locator('.my-delegations').innerText())
      .toContain('Vos fonctions pilotées')
    expect(await page.locator('.programme-overview').count()).toBe(0)
    await page
      .screenshot({ path: 'tests/e2e/__screens__/pilot-dashboard.png', fullPage: true })
      .catch(() => undefined)
    await page.close()
  })
})
