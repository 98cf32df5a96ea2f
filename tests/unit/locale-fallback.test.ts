import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { fallenBackPaths } from '../../src/plugins/locale-fallback/fallenBack'

// A document as the database adapter gives it, before Payload flattens it into one locale.
const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'summary', type: 'textarea', localized: true },
  { name: 'body', type: 'richText', localized: true },
  { name: 'year', type: 'number' },
  { type: 'row', fields: [{ name: 'place', type: 'text', localized: true }] },
  { name: 'meta', type: 'group', fields: [{ name: 'caption', type: 'text', localized: true }] },
  { name: 'sessions', type: 'array', fields: [{ name: 'room', type: 'text', localized: true }] },
]
const rich = { root: { children: [] } }

describe('fallenBackPaths', () => {
  it('lists the localized fields empty in the locale read and present in the fallback', () => {
    const doc = {
      title: { fr: 'Titre', en: 'Title' },
      summary: { fr: 'Résumé', en: '' },
      body: { fr: rich },
      year: 2014,
      place: { fr: 'Lyon', en: null },
      meta: { caption: { fr: 'Légende' } },
      sessions: [{ room: { fr: 'Salle A', en: 'Room A' } }, { room: { fr: 'Salle B' } }],
    }
    expect(fallenBackPaths(fields, doc, 'en', 'fr')).toEqual([
      'summary',
      'body',
      'place',
      'meta.caption',
      'sessions.1.room',
    ])
  })

  it('follows Payload: empty text is empty, other values only when missing, nothing from an empty fallback', () => {
    const doc = {
      title: { fr: '', en: '' },
      summary: { fr: null },
      body: { fr: rich, en: { root: { children: [] } } },
    }
    expect(fallenBackPaths(fields, doc, 'en', 'fr')).toEqual([])
  })

  it('takes the first fallback of a list that has a value', () => {
    expect(fallenBackPaths(fields, { title: { fr: '', de: 'Titel' } }, 'en', ['fr', 'de'])).toEqual(
      ['title'],
    )
    expect(fallenBackPaths(fields, { title: { fr: '', de: '' } }, 'en', ['fr', 'de'])).toEqual([])
  })
})
