import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, payload, rest } from '../helpers/api'

const event = { title: 'Journée test', kind: 'seminar', _status: 'published' }

let token: string
beforeAll(async () => {
  token = await login('coordination@unadel.test')
})

const create = async (data: Record<string, unknown>) => {
  const { status, body } = await rest('POST', '/events', { token, body: { ...event, ...data } })
  return { status, doc: body.doc, body }
}

describe('an all-day event', () => {
  it('is kept as its day at noon UTC, whatever time came with it', async () => {
    // 23:30 UTC on 10 June is still the 10th in UTC, the day the value names.
    const { status, doc } = await create({
      allDay: true,
      startsAt: '2015-06-10T23:30:00.000Z',
      endsAt: '2015-06-12',
    })
    expect(status).toBe(201)
    expect(doc.startsAt).toBe('2015-06-10T12:00:00.000Z')
    expect(doc.endsAt).toBe('2015-06-12T12:00:00.000Z')
    expect(doc.startsAt_tz).toBe('Europe/Paris')
  })

  it('may end the day it starts, not before', async () => {
    const sameDay = await create({ allDay: true, startsAt: '2015-06-10', endsAt: '2015-06-10' })
    expect(sameDay.status).toBe(201)
    const before = await create({ allDay: true, startsAt: '2015-06-10', endsAt: '2015-06-09' })
    expect(before.status).toBe(400)
    expect(before.body.errors[0].data.errors[0].path).toBe('endsAt')
  })

  it('becomes days when an update only says allDay, and keeps them', async () => {
    const { doc } = await create({ startsAt: '2015-06-10T07:30:00.000Z' })
    expect(doc.startsAt).toBe('2015-06-10T07:30:00.000Z')
    const { body } = await rest('PATCH', `/events/${doc.id}`, { token, body: { allDay: true } })
    expect(body.doc.startsAt).toBe('2015-06-10T12:00:00.000Z')
    const stored = await (await payload()).findByID({ collection: 'events', id: doc.id })
    expect(stored.startsAt).toBe('2015-06-10T12:00:00.000Z')
  })

  it('keeps the day a timed event had in Paris when it becomes all-day, and the day an offset names', async () => {
    // 00:30 in Paris on 11 June is still the 10th in UTC: the event was on the 11th.
    const { doc } = await create({ startsAt: '2015-06-10T22:30:00.000Z' })
    const { body } = await rest('PATCH', `/events/${doc.id}`, { token, body: { allDay: true } })
    expect(body.doc.startsAt).toBe('2015-06-11T12:00:00.000Z')
    const offset = await create({ allDay: true, startsAt: '2015-06-11T00:30:00+02:00' })
    expect(offset.doc.startsAt).toBe('2015-06-11T12:00:00.000Z')
  })

  it('leaves a timed event its instant', async () => {
    const { doc } = await create({ startsAt: '2015-06-10T07:30:00.000Z' })
    expect(doc.allDay).toBe(false)
    expect(doc.startsAt).toBe('2015-06-10T07:30:00.000Z')
  })

  it('holds for a training session, and through GraphQL without naming a time zone', async () => {
    const { body } = await graphql(
      `
        mutation ($data: mutationTrainingInput!) {
          createTraining(data: $data) {
            sessions {
              allDay
              startsAt
              endsAt
              startsAt_tz
            }
          }
        }
      `,
      {
        data: {
          title: 'Formation test',
          format: 'seminar',
          status: 'open',
          sessions: [{ allDay: true, startsAt: '2015-09-01', endsAt: '2015-09-02T18:00:00Z' }],
        },
      },
      { token },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.createTraining.sessions[0]).toEqual({
      allDay: true,
      startsAt: '2015-09-01T12:00:00.000Z',
      endsAt: '2015-09-02T12:00:00.000Z',
      // GraphQL enum values cannot hold a slash.
      startsAt_tz: 'Europe_Paris',
    })
  })
})
