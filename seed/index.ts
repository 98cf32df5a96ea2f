import type { Payload } from 'payload'

export const DEMO_PASSWORD_DEFAULT = 'pole-demo-2014'

/** Seeds a database that has no user yet; a database in use is left alone. */
export const seedIfEmpty = async (payload: Payload, { production }: { production: boolean }) => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0 || production) return
  await payload.create({
    collection: 'users',
    data: {
      name: 'Administration',
      email: 'admin@pole-metiers.test',
      password: process.env.DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT,
      roles: ['admin'],
    },
  })
}
