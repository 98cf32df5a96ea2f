import { describe, expect, it } from 'vitest'

import { budgetLineOptions } from '../../collections/budget-lines/options'
import { eventOptions } from '../../collections/events/options'
import { memberOptions } from '../../collections/members/options'
import { milestoneOptions } from '../../collections/milestones/options'
import { regionalGroupOptions } from '../../collections/regional-groups/options'
import { resourceOptions } from '../../collections/resources/options'
import { trainingOptions } from '../../collections/trainings/options'
import { userOptions } from '../../collections/users/options'
import { relationship, text } from '../../fields/build'
import { contentCollection } from '../../fields/content'
import { inAdminGroup, label, optionsOf, valuesOf } from '../../fields/labels'
import { withRefs } from '../../seed/loader'
import { describedResponse } from '../../src/plugins/api-description/describedResponse'

describe('optionsOf', () => {
  const options = optionsOf({
    fr: { size: { small: 'Petit', large: 'Grand' } },
    en: { size: { small: 'Small', large: 'Large' } },
  })

  it('gives the values in the order written, each labelled in both languages', () => {
    expect(options.size).toEqual([
      { value: 'small', label: { fr: 'Petit', en: 'Small' } },
      { value: 'large', label: { fr: 'Grand', en: 'Large' } },
    ])
    expect(valuesOf(options.size)).toEqual(['small', 'large'])
  })

  it.each(
    Object.entries({
      budgetLineOptions,
      eventOptions,
      memberOptions,
      milestoneOptions,
      regionalGroupOptions,
      resourceOptions,
      trainingOptions,
      userOptions,
    }),
  )('%s: every option has its own label in French and in English', (_, lists) => {
    for (const [list, options] of Object.entries(lists))
      for (const option of options)
        for (const language of ['fr', 'en']) {
          const shown = option.label[language as 'fr' | 'en']
          expect(shown, `${list}.${option.value} (${language})`).not.toContain(':')
          expect(shown.length).toBeGreaterThan(1)
        }
  })
})

describe('contentCollection', () => {
  const collection = contentCollection({
    slug: 'studies' as never,
    columns: ['kind'],
    searchable: ['place'],
    admin: { description: 'Des études' },
    fields: [text('kind', label('Type', 'Kind'))],
  })

  it('lists by the title, then the columns, then the publication status; searches title and slug', () => {
    expect(collection.admin).toEqual({
      description: 'Des études',
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', '_status'],
      listSearchableFields: ['title', 'slug', 'place'],
    })
  })

  it('puts the title and its slug first, and keeps drafts', () => {
    const names = collection.fields.map((f) => ('name' in f ? f.name : f.type))
    expect(names).toEqual(['title', 'row', 'kind'])
    expect(collection.versions).toMatchObject({ drafts: true })
  })

  it('is named by another field when given one', () => {
    const named = contentCollection({
      slug: 'groups' as never,
      title: text('name', label('Nom', 'Name')),
      columns: [],
      fields: [],
    })
    expect(named.admin?.useAsTitle).toBe('name')
    expect(named.admin?.listSearchableFields).toEqual(['name', 'slug'])
  })
})

describe('inAdminGroup', () => {
  it('puts each collection in the group, keeping the rest of its admin options', () => {
    const group = label('Réseau', 'Network')
    const [one] = inAdminGroup(group, [
      { slug: 'x' as never, admin: { useAsTitle: 'n' }, fields: [] },
    ])
    expect(one!.admin).toEqual({ useAsTitle: 'n', group })
  })
})

describe('field builders', () => {
  it('spell a field as Payload does', () => {
    expect(
      relationship('funder', label('Financeur', 'Funder'), 'members', { index: true }),
    ).toEqual({
      name: 'funder',
      type: 'relationship',
      relationTo: 'members',
      label: { fr: 'Financeur', en: 'Funder' },
      index: true,
    })
  })
})

describe('withRefs', () => {
  const ref = (collection: string, key: string | number) => `${collection}#${key}`

  it('resolves a key and a list of keys, and makes an absent or empty reference null', () => {
    const record = { slug: 's', funder: 'unadel', axes: [1, 2], region: '', function: undefined }
    expect(
      withRefs(record, ref as never, {
        funder: 'members',
        axes: 'axes',
        region: 'regions',
        function: 'functions',
      }),
    ).toEqual({
      slug: 's',
      funder: 'members#unadel',
      axes: ['axes#1', 'axes#2'],
      region: null,
      function: null,
    })
  })
})

describe('describedResponse', () => {
  it('describes JSON as an object and any other media type as text', () => {
    expect(describedResponse('Le rapport', 'application/json', 'text/csv')).toEqual({
      description: 'Le rapport',
      content: { 'application/json': { type: 'object' }, 'text/csv': { type: 'string' } },
    })
    expect(describedResponse('JSON-LD', 'application/ld+json').content).toEqual({
      'application/ld+json': { type: 'object' },
    })
  })
})
