import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { createDoc, payload } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'

const COORDINATION = 'coordination@unadel.test'

/** A published seminar from `startsAt` to `endsAt`: its id. */
const seminar = (title: string, startsAt: string, endsAt: string) =>
  createDoc('events', { title, kind: 'seminar', startsAt, endsAt, _status: 'published' })

/** A French editor in Paris reads the days the network means, and Paris times. */
describe('dates in the admin (headless Chromium, French, Europe/Paris)', () => {
  const admin = adminInChromium()
  let page: Page
  let timed: number

  beforeAll(async () => {
    // A seminar at 08:30 UTC in March: 09:30 in Paris.
    timed = await seminar(
      'Séminaire à heure fixe',
      '2015-03-10T08:30:00.000Z',
      '2015-03-10T16:00:00.000Z',
    )
    page = await admin.signIn(COORDINATION)
  })

  const rowText = async (title: string) =>
    (await page.locator('tbody tr', { hasText: title }).first().innerText()).replace(/\s+/g, ' ')

  it('lists an all-day event by its days, a timed one by its Paris time', async () => {
    await page.goto(`${admin.url}/admin/collections/events?limit=50`)
    await page.locator('tbody tr').first().waitFor()
    const congress = await rowText('Premier Congrès national des développeurs territoriaux')
    expect(congress).toContain('4 juillet 2013')
    expect(congress).not.toMatch(/\d{2}:\d{2}/)
    const later = await rowText('Second Congrès national des développeurs territoriaux')
    expect(later).toContain('1 janvier 2015')
    expect(later).not.toMatch(/01:00|\d{2}:\d{2}/)
    expect(await rowText('Séminaire à heure fixe')).toContain('10 mars 2015 à 09:30')
    await page
      .screenshot({ path: 'tests/e2e/__screens__/events-list.png', fullPage: true })
      .catch(() => undefined)
  })

  it('shows an all-day event as days, with the all-day box ticked', async () => {
    const local = await payload()
    const { docs } = await local.find({
      collection: 'events',
      where: { slug: { equals: 'premier-congres-national-developpeurs-territoriaux' } },
    })
    await page.goto(`${admin.url}/admin/collections/events/${docs[0]!.id}`)
    const start = page.locator('#field-startsAt input').first()
    await expect.poll(() => start.inputValue()).toBe('4 juillet 2013')
    await expect
      .poll(() => page.locator('#field-endsAt input').first().inputValue())
      .toBe('5 juillet 2013')
    expect(await page.locator('#field-allDay').isChecked()).toBe(true)
    await page
      .screenshot({ path: 'tests/e2e/__screens__/event-all-day.png', fullPage: true })
      .catch(() => undefined)
  })

  it('shows a timed event in Paris time, and saves an all-day one as its day', async () => {
    await page.goto(`${admin.url}/admin/collections/events/${timed}`)
    const start = page.locator('#field-startsAt input').first()
    await expect.poll(() => start.inputValue()).toBe('10 mars 2015, 09:30')
    // Ticking « Journée entière » turns the pickers into days; the save keeps the day.
    await page.locator('#field-allDay').check()
    await expect.poll(() => start.inputValue()).toBe('10 mars 2015')
    await page.getByRole('button', { name: /^(Publier les modifications|Enregistrer)$/ }).click()
    await expect
      .poll(
        async () =>
          (await (await payload()).findByID({ collection: 'events', id: timed })).startsAt,
      )
      .toBe('2015-03-10T12:00:00.000Z')
  })

  it('reads a day and a time typed as in France, and keeps the date when what is typed names none', async () => {
    const id = await seminar(
      'Atelier saisi au clavier',
      '2027-01-10T09:00:00.000Z',
      '2027-01-10T11:00:00.000Z',
    )
    await page.goto(`${admin.url}/admin/collections/events/${id}`)
    const start = page.locator('#field-startsAt input').first()
    const end = page.locator('#field-endsAt input').first()
    await expect.poll(() => start.inputValue()).toBe('10 janvier 2027, 10:00')
    // Typed key by key over what was there, as an editor does: each keystroke used to be read as
    // a date of its own.
    const type = async (input: typeof start, text: string) => {
      await input.click()
      await input.press('ControlOrMeta+a')
      await input.pressSequentially(text)
      await input.press('Tab')
    }
    await type(start, '15/03/2027 18h30')
    await expect.poll(() => start.inputValue()).toBe('15 mars 2027, 18:30')
    // The popup lists times as they are written in France.
    await start.click()
    await expect
      .poll(() => page.locator('.react-datepicker__time-list-item').first().innerText())
      .toBe('00:00')
    await start.press('Escape')
    await type(end, '15/03/2027 20:00')
    await expect.poll(() => end.inputValue()).toBe('15 mars 2027, 20:00')
    await type(start, '15.13.2027 25:00')
    await expect.poll(() => start.inputValue()).toBe('15 mars 2027, 18:30')
    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await expect
      .poll(async () => {
        const saved = await (await payload()).findByID({ collection: 'events', id })
        return [saved.startsAt, saved.endsAt]
      })
      .toEqual(['2027-03-15T17:30:00.000Z', '2027-03-15T19:00:00.000Z'])
  })

  it('shows the time of a version in Paris time', async () => {
    const local = await payload()
    const [version] = (
      await local.findVersions({
        collection: 'events',
        where: { parent: { equals: timed } },
        sort: '-updatedAt',
        limit: 1,
      })
    ).docs
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('fr-FR', {
        timeZone: 'Europe/Paris',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(new Date(version!.updatedAt))
        .map((part) => [part.type, part.value]),
    )
    await page.goto(`${admin.url}/admin/collections/events/${timed}/versions/${version!.id}`)
    // The breadcrumb, formatted on the server (in UTC, before): « Versions / 29 novembre 2026, 07:48 ».
    await expect
      .poll(() => page.locator('.step-nav').innerText())
      .toContain(`${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`)
  })

  // Signed in within ten seconds of the sign-in page, the browser served the admin its cached
  // anonymous `/users/me`: the admin lost its user, and a new session row never appeared.
  it('adds a training session with its day pickers, right after signing in', async () => {
    const fresh = await admin.signIn(COORDINATION)
    const [training] = (await (await payload()).find({ collection: 'trainings', limit: 1 })).docs
    await fresh.goto(`${admin.url}/admin/collections/trainings/${training!.id}`)
    const starts = fresh.locator('[id^="field-sessions__"][id$="__startsAt"] input')
    const addSession = fresh.getByRole('button', { name: /Ajouter Session/ }).first()
    await addSession.waitFor()
    const before = await starts.count()
    await addSession.click()
    await expect.poll(() => starts.count()).toBe(before + 1)
    await fresh.close()
  })
})
