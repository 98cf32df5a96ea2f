import { z } from 'zod'

import { userOptions } from '../../collections/users/options'
import { valuesOf } from '../../fields/labels'
import { defineSeedSet, type SeedSet } from '../loader'
import { slug } from '../schemas'

// Demo accounts, created outside production only; the password comes from DEMO_PASSWORD.
export const demoUsers = [
  { email: 'admin@pole-metiers.test', name: 'Administration du Pôle', roles: ['admin'] },
  {
    email: 'coordination@unadel.test',
    name: 'Coordination Unadel',
    roles: ['coordinator'],
    organisation: 'unadel',
  },
  {
    email: 'pilote@collectif-ville-campagne.test',
    name: 'Pilote Collectif Ville Campagne',
    roles: ['member'],
    organisation: 'collectif-ville-campagne',
    orgRole: 'manager',
  },
  {
    email: 'membre@irdsu.test',
    name: 'Membre IRDSU',
    roles: ['member'],
    organisation: 'irdsu',
    orgRole: 'contributor',
  },
]

/** The demo accounts, all with one password. */
export const demoUserSet = (password: string): SeedSet =>
  defineSeedSet({
    file: 'seed/data/users.ts',
    collection: 'users',
    records: demoUsers,
    schema: z.strictObject({
      email: z.email(),
      name: z.string().min(1),
      roles: z.array(z.enum(valuesOf(userOptions.roles))).min(1),
      organisation: slug.optional(),
      orgRole: z.enum(valuesOf(userOptions.orgRole)).optional(),
    }),
    key: ['email'],
    refKey: (r) => r.email,
    toData: (r, ref) => ({
      ...r,
      organisation: r.organisation ? ref('members', r.organisation) : null,
    }),
    createOnly: () => ({ password }),
  })
