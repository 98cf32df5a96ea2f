import { describe, expect, it } from 'vitest'

import { eventJsonLd } from '../../collections/events/jsonLd'
import { memberJsonLd } from '../../collections/members/jsonLd'
import { resourceJsonLd } from '../../collections/resources/jsonLd'
import { trainingJsonLd } from '../../collections/trainings/jsonLd'
import { clean, context } from '../../src/plugins/structured-data/schema'

const BASE = 'https://pole.example'

describe('jsonLd', () => {
  it('describes a resource, dropping what is unknown', () => {
    const doc = {
      id: 1,
      title: 'Guide',
      summary: null,
      type: 'guide',
      language: 'fr',
      year: 2024,
      authors: ['A. Martin'],
      publisher: { id: 9, name: 'Unadel', website: null },
      url: 'https://guide.example',
    }
    expect(clean(resourceJsonLd(doc, BASE))).toEqual({
      '@type': 'CreativeWork',
      name: 'Guide',
      genre: 'guide',
      inLanguage: 'fr',
      datePublished: '2024',
      author: [{ '@type': 'Person', name: 'A. Martin' }],
      publisher: {
        '@type': 'Organization',
        '@id': 'https://pole.example/api/members/9/jsonld',
        name: 'Unadel',
      },
      sameAs: 'https://guide.example',
    })
  })

  it('leaves out an unpopulated publisher', () => {
    expect(clean(resourceJsonLd({ id: 1, title: 'x', publisher: 9 }, BASE))).toEqual({
      '@type': 'CreativeWork',
      name: 'x',
    })
  })

  it('describes an event with its place and region', () => {
    const doc = {
      id: 2,
      title: 'Rencontre',
      startsAt: '2025-03-10T09:00:00.000Z',
      endsAt: null,
      place: 'Rennes',
      region: { id: 5, name: 'Bretagne' },
      organisers: [7, { id: 8, name: 'Asso', website: 'https://asso.example' }],
    }
    expect(clean(eventJsonLd(doc, BASE))).toEqual({
      '@type': 'Event',
      name: 'Rencontre',
      startDate: '2025-03-10T09:00:00.000Z',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Rennes',
        address: { '@type': 'PostalAddress', addressRegion: 'Bretagne', addressCountry: 'FR' },
      },
      organizer: [
        {
          '@type': 'Organization',
          '@id': 'https://pole.example/api/members/8/jsonld',
          name: 'Asso',
          url: 'https://asso.example',
        },
      ],
    })
  })

  it('names the place after the region when there is no place, and has none without either', () => {
    const named = clean(eventJsonLd({ id: 1, region: { id: 5, name: 'Bretagne' } }, BASE))
    expect((named as { location: unknown }).location).toEqual({
      '@type': 'Place',
      name: 'Bretagne',
      address: { '@type': 'PostalAddress', addressRegion: 'Bretagne', addressCountry: 'FR' },
    })
    const none = clean(eventJsonLd({ id: 1, region: 5 }, BASE))
    expect(none).not.toHaveProperty('location')
  })

  it('describes a training with its sessions', () => {
    const doc = {
      id: 3,
      title: 'Former',
      sessions: [{ startsAt: '2025-01-01T09:00:00.000Z', place: 'Lyon', capacity: 12 }],
    }
    expect(clean(trainingJsonLd(doc, BASE))).toEqual({
      '@type': 'Course',
      name: 'Former',
      provider: [],
      hasCourseInstance: [
        {
          '@type': 'CourseInstance',
          courseMode: 'onsite',
          startDate: '2025-01-01T09:00:00.000Z',
          location: { '@type': 'Place', name: 'Lyon' },
          maximumAttendeeCapacity: 12,
        },
      ],
    })
  })

  it('describes a member', () => {
    const doc = {
      id: 4,
      name: 'Unadel',
      siren: '732829320',
      memberSince: '2010-01-01',
      regions: [{ id: 1, name: 'Bretagne' }, 2],
    }
    expect(clean(memberJsonLd(doc, BASE))).toEqual({
      '@type': 'Organization',
      name: 'Unadel',
      taxID: '732829320',
      foundingDate: '2010-01-01',
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Bretagne' }],
    })
  })

  it('uses schema.org as the vocabulary', () => {
    expect(context).toEqual({ '@vocab': 'https://schema.org/' })
  })
})
