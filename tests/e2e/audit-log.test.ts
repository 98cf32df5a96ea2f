import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { idBySlug, payload } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'
import { signIn } from '../helpers/surfaces'

/*
 * Issue 12, point 4: the audit log read by a person (the coordination, in French): the
 * collection's and the fields' labels, the document linked, the delegation that allowed the
 * write in words, no internal field, titles in French.
 */

describe('the audit log in the admin (headless Chromium)', () => {
  const admin = adminInChromium()
  let page: Page
  let resourceId: number

  beforeAll(async () => {
    const p = await payload()
    const pilot = await signIn('pilot', 'pilote@collectif-ville-campagne.test')
    const created = await p.create({
      collection: 'resources',
      data: {
        title: 'Guide des coopérations interterritoriales',
        type: 'training-guide',
        function: await idBySlug('functions', 'expertise-prospective'),
        _status: 'draft',
      },
      draft: true,
      overrideAccess: false,
      user: pilot.user,
    })
    resourceId = created.id as number
    // A change made in English is still listed under the French title.
    await p.update({
      collection: 'resources',
      id: resourceId,
      locale: 'en',
      data: { title: 'Guide to inter-territorial cooperation', year: 2015 },
      draft: true,
      overrideAccess: false,
      user: pilot.user,
    })
    page = await admin.signIn('coordination@unadel.test')
  })

  it('lists the pilot’s writes with the collection’s and the fields’ names, and the French title linked to the document', async () => {
    await page.goto(`${admin.url}/admin/collections/audit-log`)
    const rows = page.locator('.table tbody tr', { hasText: 'Guide des coopérations' })
    await expect.poll(() => rows.count()).toBe(2)
    const update = rows.nth(0)
    expect(await update.locator('.cell-collection').innerText()).toBe('Ressource')
    expect(await update.locator('.cell-changedFields').innerText()).toBe('Titre, Année')
    const link = update.locator('.cell-documentTitle a')
    expect(await link.innerText()).toBe('Guide des coopérations interterritoriales')
    expect(await link.getAttribute('href')).toBe(`/admin/collections/resources/${resourceId}`)
    expect(await rows.nth(1).locator('.cell-changedFields').innerText()).not.toMatch(
      /_status|generateSlug|slug|function,|\[/,
    )
    await page
      .screenshot({ path: 'tests/e2e/__screens__/audit-log.png', fullPage: true })
      .catch(() => undefined)
  })

  it('shows an entry in words: the delegation, the role in French, read-only values without buttons', async () => {
    const { docs } = await (
      await payload()
    ).find({
      collection: 'audit-log',
      where: { document: { equals: String(resourceId) }, action: { equals: 'update' } },
      depth: 0,
    })
    await page.goto(`${admin.url}/admin/collections/audit-log/${docs[0]!.id}`)
    await page.waitForURL(/\/admin\/collections\/audit-log\/\d+$/)
    const delegation = page.locator('.audit-delegation')
    await expect
      .poll(() => delegation.innerText())
      .toContain('Collectif Ville Campagne — pilote — depuis le 1 janv. 2014')
    expect(await page.locator('.audit-collection').innerText()).toContain('Ressource')
    expect(await page.locator('.audit-changedFields').innerText()).toBe(
      'Champs modifiés\nTitre, Année',
    )
    expect(await page.locator('.audit-document a').getAttribute('href')).toBe(
      `/admin/collections/resources/${resourceId}`,
    )
    // No pill with a remove button: the values are text.
    expect(await page.locator('.audit-changedFields button').count()).toBe(0)
    await page
      .screenshot({ path: 'tests/e2e/__screens__/audit-entry.png', fullPage: true })
      .catch(() => undefined)
  })
})
