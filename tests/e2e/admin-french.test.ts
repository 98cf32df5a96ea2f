import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { payload } from '../helpers/api'
import { adminInChromium } from '../helpers/browser'

/**
 * Words and phrases the admin shows when a string is not translated: Payload's English, or a
 * label given in one language only, and Payload's French where it is wrong. Case-sensitive and whole words, so that « Type »,
 * « Document » or « Description » (French too) do not count.
 */
const ENGLISH = [
  'Title',
  'Summary',
  'Starts at',
  'Ends at',
  'All day',
  'Time zone',
  'Status',
  'Draft',
  'Published',
  'Changed',
  'Save',
  'Publish',
  'Unpublish',
  'Delete',
  'Duplicate',
  'Create New',
  'Create new',
  'Filters',
  'Columns',
  'Search by',
  'Per Page',
  'Loading',
  'No results',
  'Last Modified',
  'Created At',
  'Updated At',
  'Select all',
  'selected',
  'Toggle block',
  'Copy to locale',
  'Payload Settings',
  'Revoke API key',
  'Enable API Key',
  'Add Row',
  'Choose from existing',
  'Drag and drop',
  'Log out',
  'Account',
  'Dashboard',
  'Function',
  'Kind',
  'Members',
  'Resources',
  'Events',
  'Trainings',
  'Budget lines',
  'Milestones',
  'Users',
  'Audit log',
  'English',
  'French',
  // Payload's French where it reads wrong (fields/payloadTranslations.ts mends them).
  'Copier vers le lieu',
  'Bloc bascule',
  'Paramètres de Payload',
  'un(e) nouveau ou nouvelle',
  'Par Page',
  '<Pas de',
]
const english = new RegExp(
  `(?<![\\p{L}-])(${ENGLISH.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}-])`,
  'gu',
)

/** A French coordinator walks every list and edit view: no English on any of them. */
describe('the admin in French (headless Chromium)', () => {
  const admin = adminInChromium()
  let page: Page
  beforeAll(async () => {
    page = await admin.signIn('admin@pole-metiers.test')
  })

  /** The visible text of the page once its main content is there, without the user's data. */
  const englishOn = async (url: string) => {
    await page.goto(`${admin.url}${url}`, { waitUntil: 'networkidle' })
    const text = await page.locator('body').innerText()
    return [...new Set([...text.matchAll(english)].map((m) => m[1]))]
  }

  it('shows no English on the dashboard, nor on any collection’s list and edit view', async () => {
    const local = await payload()
    const visible = local.config.collections.filter((c) => !c.admin?.hidden)
    expect(visible.length).toBeGreaterThan(10)
    const found: Record<string, string[]> = {}
    const note = (url: string, words: string[]) => {
      if (words.length) found[url] = words
    }
    note('/admin', await englishOn('/admin'))
    for (const collection of visible) {
      const list = `/admin/collections/${collection.slug}`
      note(list, await englishOn(list))
      const [first] = (await local.find({ collection: collection.slug, limit: 1, depth: 0 })).docs
      const edit = first ? `${list}/${first.id}` : `${list}/create`
      note(edit, await englishOn(edit))
    }
    expect(found).toEqual({})
  }, 300_000)
})
