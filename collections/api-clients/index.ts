import type { Access, CollectionConfig } from 'payload'

import { isAdmin } from '../../access/roles'
import { emailField, urlField } from '../../fields/common'
import { text } from '../../fields/build'
import { label } from '../../fields/labels'

/**
 * Partner sites that call the API with a key (`Authorization: api-clients API-Key <key>`). A key
 * reads what is published, like everyone, and writes nothing: it names the site in the logs and
 * can be revoked (untick the key, or delete the client), which takes effect on the next request.
 */
/** Admins see every client; a client sees itself (`GET /api/api-clients/me`). */
const adminsOrItself: Access = ({ req }) =>
  isAdmin({ req }) ||
  (req.user?.collection === 'api-clients' ? { id: { equals: req.user.id } } : false)

export const ApiClients: CollectionConfig = {
  slug: 'api-clients',
  labels: {
    singular: label('Client de l’API', 'API client'),
    plural: label('Clients de l’API', 'API clients'),
  },
  auth: { useAPIKey: true, disableLocalStrategy: true, depth: 0 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'site', 'enableAPIKey', 'updatedAt'],
  },
  access: { read: adminsOrItself, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    text('name', label('Site partenaire', 'Partner site'), { required: true }),
    urlField('site', label('Adresse du site', 'Site address')),
    emailField('contact', label('Contact technique', 'Technical contact')),
  ],
}
