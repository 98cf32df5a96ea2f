import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { idBySlug, payload } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'

const PILOT = 'pilote@collectif-ville-campagne.test'

/** The instant that is `hour`:00 in Paris on the 15th of the month after this one. */
const parisTime = (hour: number) => {
  const now = new Date()
  const day = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 }
  const clock = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  })
  // Paris is one or two hours ahead of UTC, by season.
  return [1, 2]
    .map((offset) => new Date(Date.UTC(day.year, day.month, 15, hour - offset)))
    .find((instant) => clock.format(instant) === `${hour}:00`)!
}

/** Issue 13, point 4: a pilot plans a publication in the admin, in French, in Paris time. */
describe('planning a publication in the admin (headless Chromium, French, Europe/Paris)', () => {
  const admin = adminInChromium()
  let page: Page
  let id: number

  beforeAll(async () => {
    id = (
      await (
        await payload()
      ).create({
        collection: 'resources',
        data: {
          title: 'Ressource à programmer',
          type: 'tool',
          function: await idBySlug('functions', 'expertise-prospective'),
          _status: 'draft',
        },
        draft: true,
      })
    ).id as number
    page = await admin.signIn(PILOT)
  })

  it('« Programmer la publication » at 10:00 in Paris: the job waits for that instant', async () => {
    await page.goto(`${admin.url}/admin/collections/resources/${id}`)
    await page
      .locator('.btn--withPopup', { has: page.locator('#action-save') })
      .locator('.popup-button')
      .click()
    await page.locator('#schedule-publish').click()
    await page.locator('#scheduled-publish-save').waitFor()
    // In French, naming the document, with no placeholder left.
    await page
      .getByRole('heading', { name: 'Programmer la publication : Ressource à programmer' })
      .waitFor()
    expect(await page.locator('.schedule-publish__scheduler').innerText()).toContain(
      'Date et heure',
    )
    // Payload proposes « Dépublier » for a draft never changed since its creation.
    await page.locator('.schedule-publish__type li').first().getByText('Publier').click()

    // The 15th of next month, at 10:00, on the picker's 24-hour clock.
    await page.locator('#time input').click()
    await page.locator('.react-datepicker__navigation--next').click()
    await page
      .locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)')
      .click()
    await page.locator('.react-datepicker__time-list-item', { hasText: /^10:00$/ }).click()
    await page.locator('#scheduled-publish-save').click()

    const expected = parisTime(10)
    const planned = async () =>
      (
        await (
          await payload()
        ).find({
          collection: 'payload-jobs',
          where: {
            taskSlug: { equals: 'schedulePublish' },
            'input.doc.value': { equals: String(id) },
          },
          depth: 0,
        })
      ).docs
    await expect.poll(async () => (await planned()).length).toBe(1)
    const [job] = await planned()
    expect(new Date(job!.waitUntil!).toISOString()).toBe(expected.toISOString())
    expect(job!.input).toMatchObject({ type: 'publish' })

    // The drawer lists it in Paris time, in French.
    const month = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'Europe/Paris' })
    const row = page.locator('.schedule-publish__upcoming tbody tr').first()
    await expect
      .poll(() => row.innerText())
      .toMatch(new RegExp(`15 ${month.format(expected)} ${expected.getUTCFullYear()}.*10:00`))
    await page
      .screenshot({ path: 'tests/e2e/__screens__/schedule-publish.png', fullPage: true })
      .catch(() => undefined)
  })
})
