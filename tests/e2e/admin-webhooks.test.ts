import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idBySlug, payload } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'

const SECRET = 'secret-saisi-dans-l-administration'

/** A partner's receiver: what it got, by event id (signatures are checked in webhooks.test.ts). */
const received: Array<{ id: string; event: string; document: { id: number } }> = []
const receiver = http.createServer((req, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => {
    received.push(JSON.parse(body))
    res.writeHead(204).end()
  })
})

describe('webhooks in the admin (headless Chromium, French)', () => {
  let url: string
  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`
  })
  afterAll(() => receiver.close())

  const admin = adminInChromium({
    JOBS_RUN_EVERY_SECONDS: '1',
    WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
  })

  it('registers an endpoint, tells a publication made in the admin, and sends it again', async () => {
    const page = await admin.signIn('coordination@unadel.test')
    await page.goto(`${admin.url}/admin/collections/webhook-endpoints/create`)
    await page.locator('#field-name').fill('Site régional')
    await page.locator('#field-url').fill(url)
    await page.locator('#field-secret').fill(SECRET)
    await page.locator('#field-collections').click()
    await page.locator('.rs__option', { hasText: /^Ressources$/ }).click()
    await page.getByRole('button', { name: 'Sauvegarder' }).click()
    await page.waitForURL(/\/admin\/collections\/webhook-endpoints\/\d+/)

    // Saved, the secret is never shown again: the field is empty, and says why.
    await page.reload()
    expect(await page.locator('#field-secret').inputValue()).toBe('')
    expect(await page.locator('body').innerText()).toContain('Il n’est plus jamais affiché')
    const [endpoint] = (
      await (
        await payload()
      ).find({ collection: 'webhook-endpoints', showHiddenFields: true, depth: 0 })
    ).docs
    expect(endpoint).toMatchObject({
      url,
      collections: ['resources'],
      events: ['publish', 'update', 'unpublish', 'delete'],
      active: true,
      signingSecret: SECRET,
    })

    // A draft published in the admin (its server functions and REST calls) is told.
    const draft = await (
      await payload()
    ).create({
      collection: 'resources',
      data: {
        title: 'Publiée depuis l’administration',
        type: 'tool',
        function: await idBySlug('functions', 'ressources'),
        _status: 'draft',
      },
      draft: true,
    })
    await page.goto(`${admin.url}/admin/collections/resources/${draft.id}`)
    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await expect
      .poll(() => received.filter((r) => r.document.id === draft.id).map((r) => r.event), {
        timeout: 20_000,
      })
      .toEqual(['publish'])

    // The log, in French, then « Renvoyer ».
    await page.goto(`${admin.url}/admin/collections/webhook-deliveries`)
    const list = page.locator('.collection-list')
    await expect.poll(() => list.innerText()).toContain('Remis')
    expect(await list.innerText()).toContain('Publication')
    const [delivery] = (await (await payload()).find({ collection: 'webhook-deliveries' })).docs
    await page.goto(`${admin.url}/admin/collections/webhook-deliveries/${delivery!.id}`)
    await page.getByRole('button', { name: 'Renvoyer' }).click()
    await expect
      .poll(() => page.locator('.payload-toast-container').innerText())
      .toContain('Envoi remis dans la file')
    await expect
      .poll(() => received.filter((r) => r.document.id === draft.id).map((r) => r.id), {
        timeout: 20_000,
      })
      .toEqual([delivery!.eventId, delivery!.eventId])
  }, 120_000)
})
