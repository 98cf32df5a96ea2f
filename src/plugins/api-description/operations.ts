import type { SanitizedCollectionConfig } from 'payload'

import type { CollectionSchemas } from './schemas'
import { ref } from './schemas'
import type { JsonSchema } from './types'

/** An OpenAPI operation, as this plugin writes it. */
export type Operation = JsonSchema & { summary: string }

const json = (schema: JsonSchema) => ({ content: { 'application/json': { schema } } })
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` })
const message = { type: 'object', properties: { message: { type: 'string' } } }
const withDoc = (name: string) => ({
  type: 'object',
  required: ['doc'],
  properties: { doc: ref(name), message: { type: 'string' } },
})
const bulk = (name: string) => ({
  type: 'object',
  required: ['docs', 'errors'],
  properties: {
    docs: { type: 'array', items: ref(name) },
    errors: {
      type: 'array',
      description: 'Each document left alone, and why.',
      items: { type: 'object', properties: { id: {}, message: { type: 'string' } } },
    },
    message: { type: 'string' },
  },
})
const credentials = {
  type: 'object',
  required: ['email', 'password'],
  properties: { email: { type: 'string', format: 'email' }, password: { type: 'string' } },
}
const signedIn = (user: string) => ({
  type: 'object',
  properties: {
    user: ref(user),
    token: { type: 'string', description: 'A JWT: send it as `Authorization: JWT <token>`.' },
    exp: { type: 'integer', description: 'When the token expires (seconds since 1970).' },
    message: { type: 'string' },
  },
})

type Context = { slug: string; names: CollectionSchemas; collection: SanitizedCollectionConfig }

/** What a Payload route of a collection is: its parameters, body and answers. */
type Builtin = {
  write?: boolean
  /** A route of versions: answered only where the collection keeps them. */
  versions?: boolean
  build: (c: Context) => Operation
}

const select = (c: Context) => ({
  name: 'select',
  in: 'query',
  style: 'deepObject',
  explode: true,
  description: 'The fields to answer with: `select[title]=true`.',
  schema: ref(c.names.select),
})
const where = (required = false) => ({
  name: 'where',
  in: 'query',
  style: 'deepObject',
  explode: true,
  required,
  schema: ref('Where'),
})
const drafts = (c: Context) => (c.collection.versions?.drafts ? [param('draft')] : [])
const reading = (c: Context) => [
  param('depth'),
  param('locale'),
  param('fallbackLocale'),
  select(c),
  ...drafts(c),
]
const body = (c: Context) => ({ required: true, ...json(ref(c.names.data)) })

/** Creating or updating one document: its fields in, the document out. */
const writingOne = ({
  verb,
  status,
  answer,
  description,
}: {
  verb: string
  status: 200 | 201
  answer: string
  description?: string
}): Builtin => ({
  write: true,
  build: (c) => ({
    summary: `${verb} one of ${c.slug}`,
    ...(description && { description }),
    parameters: [param('depth'), param('locale'), ...drafts(c)],
    requestBody: body(c),
    responses: { [status]: { description: answer, ...json(withDoc(c.names.doc)) } },
  }),
})

/** Payload's own routes of a collection, by `method path` (Payload adds them to every collection). */
export const BUILTINS: Record<string, Builtin> = {
  'get /': {
    build: (c) => ({
      summary: `List ${c.slug}`,
      description:
        'A page of the documents the caller may read (published ones for anonymous callers and API keys).',
      parameters: [
        where(),
        param('limit'),
        param('page'),
        param('sort'),
        param('pagination'),
        ...reading(c),
      ],
      responses: { 200: { description: 'A page of documents.', ...json(ref(c.names.list)) } },
    }),
  },
  'get /:id': {
    build: (c) => ({
      summary: `Read one of ${c.slug}`,
      parameters: reading(c),
      responses: { 200: { description: 'The document.', ...json(ref(c.names.doc)) } },
    }),
  },
  'get /count': {
    build: (c) => ({
      summary: `Count ${c.slug}`,
      parameters: [where(), param('locale')],
      responses: {
        200: {
          description: 'How many documents match.',
          ...json({
            type: 'object',
            required: ['totalDocs'],
            properties: { totalDocs: { type: 'integer' } },
          }),
        },
      },
    }),
  },
  'post /': writingOne({ verb: 'Create', status: 201, answer: 'Created.' }),
  'patch /:id': writingOne({
    verb: 'Update',
    status: 200,
    answer: 'Updated.',
    description:
      'Send `If-Match` with the `ETag` read to update only if nobody changed it since (else 412).',
  }),
  'delete /:id': {
    write: true,
    build: (c) => ({
      summary: `Delete one of ${c.slug}`,
      responses: { 200: { description: 'Deleted.', ...json(withDoc(c.names.doc)) } },
    }),
  },
  'patch /': {
    write: true,
    build: (c) => ({
      summary: `Update the ${c.slug} that match`,
      parameters: [where(true), param('depth'), param('locale'), ...drafts(c)],
      requestBody: body(c),
      responses: {
        200: { description: 'What was updated, and what was not.', ...json(bulk(c.names.doc)) },
      },
    }),
  },
  'delete /': {
    write: true,
    build: (c) => ({
      summary: `Delete the ${c.slug} that match`,
      parameters: [where(true)],
      responses: {
        200: { description: 'What was deleted, and what was not.', ...json(bulk(c.names.doc)) },
      },
    }),
  },
  'post /:id/duplicate': {
    write: true,
    build: (c) => ({
      summary: `Duplicate one of ${c.slug}`,
      parameters: [param('locale'), ...drafts(c)],
      responses: { 200: { description: 'The copy.', ...json(withDoc(c.names.doc)) } },
    }),
  },
  'get /versions': {
    versions: true,
    build: (c) => ({
      summary: `List versions of ${c.slug}`,
      description: 'Read by those who may edit the documents.',
      parameters: [
        where(),
        param('limit'),
        param('page'),
        param('sort'),
        param('depth'),
        param('locale'),
      ],
      responses: {
        200: {
          description: 'A page of versions.',
          ...json({
            allOf: [
              ref('Page'),
              {
                type: 'object',
                properties: { docs: { type: 'array', items: ref(c.names.version) } },
              },
            ],
          }),
        },
      },
    }),
  },
  'get /versions/:id': {
    versions: true,
    build: (c) => ({
      summary: `Read a version of ${c.slug}`,
      parameters: [param('depth'), param('locale')],
      responses: { 200: { description: 'The version.', ...json(ref(c.names.version)) } },
    }),
  },
  'post /versions/:id': {
    versions: true,
    write: true,
    build: (c) => ({
      summary: `Restore a version of ${c.slug}`,
      parameters: [param('depth'), param('locale'), ...drafts(c)],
      responses: { 200: { description: 'The document restored.', ...json(ref(c.names.doc)) } },
    }),
  },
  'post /access/:id?': {
    build: (c) => ({
      summary: `What the caller may do with ${c.slug}`,
      responses: {
        200: { description: 'Permissions, by operation and field.', ...json({ type: 'object' }) },
      },
    }),
  },
  'post /login': {
    build: (c) => ({
      summary: `Sign in (${c.slug})`,
      description: 'Answers a JWT, and sets the session cookie for the server’s own origin.',
      requestBody: { required: true, ...json(credentials) },
      responses: { 200: { description: 'Signed in.', ...json(signedIn(c.names.doc)) } },
    }),
  },
  'post /logout': {
    build: (c) => ({
      summary: `Sign out (${c.slug})`,
      responses: { 200: { description: 'Signed out.', ...json(message) } },
    }),
  },
  'get /me': {
    build: (c) => ({
      summary: `Who is signed in (${c.slug})`,
      responses: {
        200: { description: 'The caller, or `user: null`.', ...json(signedIn(c.names.doc)) },
      },
    }),
  },
  'post /refresh-token': {
    build: (c) => ({
      summary: `A new token for the session (${c.slug})`,
      responses: {
        200: {
          description: 'A token valid longer.',
          ...json({
            type: 'object',
            properties: {
              refreshedToken: { type: 'string' },
              exp: { type: 'integer' },
              user: ref(c.names.doc),
            },
          }),
        },
      },
    }),
  },
  'post /forgot-password': {
    build: (c) => ({
      summary: `Send a password reset link (${c.slug})`,
      description: 'Answers alike whether the address is known or not.',
      requestBody: {
        required: true,
        ...json({
          type: 'object',
          required: ['email'],
          properties: { email: { type: 'string', format: 'email' } },
        }),
      },
      responses: { 200: { description: 'Sent if the address is known.', ...json(message) } },
    }),
  },
  'post /reset-password': {
    build: (c) => ({
      summary: `Choose a new password with a reset token (${c.slug})`,
      requestBody: {
        required: true,
        ...json({
          type: 'object',
          required: ['token', 'password'],
          properties: { token: { type: 'string' }, password: { type: 'string' } },
        }),
      },
      responses: {
        200: { description: 'Changed, and signed in.', ...json(signedIn(c.names.doc)) },
      },
    }),
  },
  'post /unlock': {
    build: (c) => ({
      summary: `Unlock an account locked after failed sign-ins (${c.slug})`,
      requestBody: {
        required: true,
        ...json({ type: 'object', required: ['email'], properties: { email: { type: 'string' } } }),
      },
      responses: { 200: { description: 'Unlocked.', ...json(message) } },
    }),
  },
  'get /init': {
    build: (c) => ({
      summary: `Whether a first ${c.slug} account exists`,
      responses: {
        200: {
          description: 'The answer.',
          ...json({ type: 'object', properties: { initialized: { type: 'boolean' } } }),
        },
      },
    }),
  },
  'post /first-register': {
    build: (c) => ({
      summary: `Create the first account (${c.slug}), on an empty database`,
      requestBody: { required: true, ...json(credentials) },
      responses: { 200: { description: 'Created and signed in.', ...json(signedIn(c.names.doc)) } },
    }),
  },
  'post /verify/:id': {
    build: (c) => ({
      summary: `Verify an account's email (${c.slug})`,
      responses: { 200: { description: 'Verified.', ...json(message) } },
    }),
  },
  'get /file/:filename': {
    build: (c) => ({
      summary: `Download a file of ${c.slug}`,
      responses: {
        200: {
          description: 'The file.',
          content: {
            'application/octet-stream': {
              schema: { type: 'string', contentMediaType: 'application/octet-stream' },
            },
          },
        },
      },
    }),
  },
  'get /paste-url/:id?': {
    build: (c) => ({
      summary: `Fetch a file from a URL for an upload to ${c.slug} (admin)`,
      parameters: [
        { name: 'src', in: 'query', required: true, schema: { type: 'string', format: 'uri' } },
      ],
      responses: {
        200: { description: 'The file.', content: { 'application/octet-stream': { schema: {} } } },
      },
    }),
  },
}

/** Payload's routes that need a password to mean anything. */
export const LOCAL_STRATEGY = new Set([
  'post /login',
  'post /forgot-password',
  'post /reset-password',
  'post /unlock',
  'post /first-register',
  'post /refresh-token',
  'post /verify/:id',
])

/** Payload's own root route. */
export const ROOT_BUILTINS: Record<string, Operation> = {
  'get /access': {
    summary: 'What the caller may do, in every collection',
    responses: {
      200: {
        description: 'Permissions, by collection and operation.',
        ...json({ type: 'object' }),
      },
    },
  },
}
