import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, handleEndpoints, type TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import config from '../../../payload.config'
import { followAllDocuments } from '../../../src/plugins/media-access'
import { graphql, payload, rest } from '../../helpers/api'
import { signIn, type Subject } from '../../helpers/surfaces'

/*
 * Issue 10, class 3: media follow the documents that use them. A file is public when a published
 * document uses it or the coordination marks it public; otherwise it is read by those who read a
 * document using it and by the organisation that uploaded it; it is changed by the coordination,
 * that organisation, or a pilot of the function of a document using it. Every refusal leaves the
 * database and the file on disk as they were.
 *
 * Seed: Collectif Ville Campagne (CVC) pilots « Expertise et prospective » since 2014; IRDSU
 * co-piloted « Formation » in 2014 only (its delegation has ended); nobody pilots « Ressources ».
 */

type Surface = 'local' | 'rest' | 'graphql'
const surfaces: Surface[] = ['local', 'rest', 'graphql']

let anonymous: Subject
let coordinator: Subject
let pilot: Subject
let endedMember: Subject
let apiKey: string
const fn: Record<string, number> = {}
const org: Record<string, number> = {}

const p = () => payload()
const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n% ${text}\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 2\ntrailer<</Size 2/Root 1 0 R>>\n%%EOF\n`,
  )
const onDisk = (filename: string) => fs.readFileSync(path.resolve('media', filename))

let n = 0
/** A file as the server stores it, uploaded for an organisation (none: the coordination's). */
const medium = async (organisation?: number) => {
  const name = `piece-${process.pid}-${++n}.pdf`
  const bytes = pdf(name)
  const doc = await (
    await p()
  ).create({
    collection: 'media',
    data: { alt: `Pièce ${n}`, organisation: organisation ?? org.unadel } as never,
    file: { data: bytes, mimetype: 'application/pdf', name, size: bytes.length },
  })
  return { id: doc.id as number, filename: doc.filename as string }
}

const resource = async (data: Record<string, unknown>) =>
  Number(
    (
      await (
        await p()
      ).create({
        collection: 'resources',
        data: { title: `Ressource ${++n}`, type: 'tool', ...data } as never,
        draft: data._status !== 'published',
      })
    ).id,
  )

/** The row as stored, every field (what a refusal must leave alone). */
const stored = async (id: number) =>
  (await p()).findByID({ collection: 'media', id, depth: 0, locale: 'all', disableErrors: true })

const keyed = () => ({ authorization: `api-clients API-Key ${apiKey}` })

/** What a subject sees of a file: in the list, by id, and its download. */
/** Checks through each surface that a file is seen by `seeing` and not by `notSeeing`. */
const expectSeen = async (
  m: { id: number; filename: string },
  seeing: Subject[],
  notSeeing: Subject[],
) => {
  for (const surface of surfaces) {
    for (const subject of seeing) expect(await sees(surface, subject, m), surface).toBe(true)
    for (const subject of notSeeing) expect(await sees(surface, subject, m), surface).toBe(false)
  }
}

const sees = async (
  surface: Surface | 'api-key',
  subject: Subject,
  m: { id: number; filename: string },
) => {
  if (surface === 'local') {
    const local = await p()
    const common = {
      collection: 'media',
      overrideAccess: false,
      user: subject.user,
      depth: 0,
    } as const
    const listed =
      (await local.find({ ...common, where: { id: { equals: m.id } } })).docs.length > 0
    const counted =
      (await local.count({ ...common, where: { id: { equals: m.id } } })).totalDocs > 0
    const byId = await local.findByID({ ...common, id: m.id }).then(
      () => true,
      () => false,
    )
    expect(counted).toBe(listed)
    return listed && byId
  }
  const token = surface === 'api-key' ? undefined : subject.token
  const headers = surface === 'api-key' ? keyed() : undefined
  if (surface === 'graphql') {
    const list = await graphql(
      `{ allMedia(where: { id: { equals: ${m.id} } }) { docs { id } } }`,
      {},
      { token },
    )
    const one = await graphql(`{ Media(id: ${m.id}) { id } }`, {}, { token })
    const listed = list.body.data.allMedia.docs.length > 0
    expect(Boolean(one.body.data?.Media)).toBe(listed)
    return listed
  }
  const list = await rest('GET', `/media?where[id][equals]=${m.id}&depth=0`, { token, headers })
  const count = await rest('GET', `/media/count?where[id][equals]=${m.id}`, { token, headers })
  const byId = await rest('GET', `/media/${m.id}?depth=0`, { token, headers })
  const file = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api/media/file/${m.filename}`, {
      headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
    }),
  })
  const listed = list.body.docs.length > 0
  expect(count.body.totalDocs > 0).toBe(listed)
  expect(byId.status === 200).toBe(listed)
  expect(file.status === 200).toBe(listed)
  if (listed) expect(Buffer.from(await file.arrayBuffer()).equals(onDisk(m.filename))).toBe(true)
  else expect(file.status).toBe(403)
  return listed
}

/** Outcome of a write: refused or not, and the message. */
type Outcome = { refused: boolean; status?: number | string; message: string }

const localCall = async (run: () => Promise<unknown>): Promise<Outcome> => {
  try {
    await run()
    return { refused: false, message: '' }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (!status) throw error
    return { refused: true, status, message: (error as Error).message }
  }
}

const restCall = async (call: Promise<{ status: number; body: any }>): Promise<Outcome> => {
  const r = await call
  if (r.status >= 500) throw new Error(`${r.status} ${JSON.stringify(r.body)}`)
  return { refused: r.status >= 400, status: r.status, message: JSON.stringify(r.body) }
}

const graphqlCall = async (call: Promise<{ body: any }>): Promise<Outcome> => {
  const r = await call
  const errors = r.body.errors as Array<{ message: string }> | undefined
  return {
    refused: Boolean(errors?.length),
    status: 'error',
    message: JSON.stringify(errors ?? ''),
  }
}

const changeAlt = (surface: Surface, subject: Subject, id: number, alt: string) =>
  surface === 'local'
    ? localCall(async () =>
        (await p()).update({
          collection: 'media',
          id,
          data: { alt },
          overrideAccess: false,
          user: subject.user,
        }),
      )
    : surface === 'rest'
      ? restCall(rest('PATCH', `/media/${id}`, { token: subject.token, body: { alt } }))
      : graphqlCall(
          graphql(
            `mutation($alt: String) { updateMedia(id: ${id}, data: { alt: $alt }) { id } }`,
            { alt },
            { token: subject.token },
          ),
        )

const remove = (surface: Surface, subject: Subject, id: number) =>
  surface === 'local'
    ? localCall(async () =>
        (await p()).delete({ collection: 'media', id, overrideAccess: false, user: subject.user }),
      )
    : surface === 'rest'
      ? restCall(rest('DELETE', `/media/${id}`, { token: subject.token }))
      : graphqlCall(
          graphql(`mutation { deleteMedia(id: ${id}) { id } }`, {}, { token: subject.token }),
        )

/** A new file in place of the old one (GraphQL takes no files: REST and the Local API). */
const replace = async (surface: 'local' | 'rest', subject: Subject, id: number) => {
  const bytes = pdf(`remplacé ${++n}`)
  if (surface === 'local')
    return localCall(async () =>
      (await p()).update({
        collection: 'media',
        id,
        data: {},
        file: {
          data: bytes,
          mimetype: 'application/pdf',
          name: `remplace-${n}.pdf`,
          size: bytes.length,
        },
        overrideAccess: false,
        user: subject.user,
      }),
    )
  const form = new FormData()
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), `remplace-${n}.pdf`)
  form.append('_payload', JSON.stringify({}))
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api/media/${id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${subject.token}` },
      body: form,
    }),
  })
  return restCall(Promise.resolve({ status: response.status, body: await response.json() }))
}

const upload = async (
  subject: Subject | { token?: undefined; headers: Record<string, string> },
  data: Record<string, unknown> = {},
) => {
  const bytes = pdf(`envoi ${++n}`)
  const form = new FormData()
  form.append(
    'file',
    new Blob([bytes], { type: 'application/pdf' }),
    `envoi-${process.pid}-${n}.pdf`,
  )
  form.append('_payload', JSON.stringify({ alt: `Envoi ${n}`, ...data }))
  const response = await handleEndpoints({
    config,
    request: new Request('http://localhost/api/media', {
      method: 'POST',
      headers: 'headers' in subject ? subject.headers : { authorization: `JWT ${subject.token}` },
      body: form,
    }),
  })
  return { status: response.status, body: await response.json() }
}

const byAcronymOrSlug = async (slug: string) =>
  (await (await p()).find({ collection: 'members', where: { slug: { equals: slug } }, depth: 0 }))
    .docs[0]!.id as number

beforeAll(async () => {
  const local = await p()
  for (const slug of ['formation', 'expertise-prospective', 'ressources'])
    fn[slug] = (
      await local.find({ collection: 'functions', where: { slug: { equals: slug } }, depth: 0 })
    ).docs[0]!.id as number
  for (const slug of ['unadel', 'irdsu', 'collectif-ville-campagne'])
    org[slug] = await byAcronymOrSlug(slug)
  anonymous = { name: 'anonymous' }
  coordinator = await signIn('coordinator', 'coordination@unadel.test')
  pilot = await signIn('pilot', 'pilote@collectif-ville-campagne.test')
  endedMember = await signIn('ended member', 'membre@irdsu.test')
  apiKey = `cle-media-${process.pid}-0123456789abcdef`
  await local.create({
    collection: 'api-clients',
    data: { name: 'Site partenaire', enableAPIKey: true, apiKey } as never,
  })
})

describe('reading follows the documents that use a file', () => {
  it('a file attached only to a draft is not listed nor downloaded by anonymous callers or API keys', async () => {
    const m = await medium()
    await resource({ function: fn['expertise-prospective'], files: [m.id] })
    for (const surface of surfaces) expect(await sees(surface, anonymous, m), surface).toBe(false)
    expect(await sees('api-key', anonymous, m)).toBe(false)
    // The list as a whole leaves it out too.
    const list = await rest('GET', '/media?limit=100&depth=0')
    expect(list.body.docs.map((d: { id: number }) => d.id)).not.toContain(m.id)
  })

  it('the draft’s readers see it: the coordination and the pilots of its function, not other members', async () => {
    const m = await medium()
    await resource({ function: fn['expertise-prospective'], files: [m.id] })
    await expectSeen(m, [coordinator, pilot], [endedMember])
  })

  it('a draft of a function whose delegation ended is hidden from its former pilots; their own uploads are not', async () => {
    const m = await medium()
    await resource({ function: fn.formation, files: [m.id] })
    const own = await medium(org.irdsu)
    await expectSeen(m, [], [endedMember])
    await expectSeen(own, [endedMember], [pilot])
  })

  it('is public once a document using it is published, and hidden again when it is unpublished', async () => {
    const m = await medium()
    const id = await resource({ function: fn.ressources, files: [m.id] })
    expect(await sees('rest', anonymous, m)).toBe(false)
    await rest('PATCH', `/resources/${id}`, {
      token: coordinator.token,
      body: { _status: 'published' },
    })
    for (const surface of surfaces) expect(await sees(surface, anonymous, m), surface).toBe(true)
    expect(await sees('api-key', anonymous, m)).toBe(true)
    await rest('PATCH', `/resources/${id}`, {
      token: coordinator.token,
      body: { _status: 'draft' },
    })
    for (const surface of surfaces) expect(await sees(surface, anonymous, m), surface).toBe(false)
  })

  it('a draft that drops the file keeps it public while the published version holds it; publishing drops it', async () => {
    const m = await medium()
    const id = await resource({ function: fn.ressources, files: [m.id], _status: 'published' })
    await rest('PATCH', `/resources/${id}?draft=true`, {
      token: coordinator.token,
      body: { files: [] },
    })
    expect(await sees('rest', anonymous, m)).toBe(true)
    await rest('PATCH', `/resources/${id}`, {
      token: coordinator.token,
      body: { files: [], _status: 'published' },
    })
    expect(await sees('rest', anonymous, m)).toBe(false)
  })

  it('a published draft that adds the file makes it public; restoring the version without it hides it', async () => {
    const m = await medium()
    const id = await resource({ function: fn.ressources, _status: 'published' })
    const { docs } = await (
      await p()
    ).findVersions({ collection: 'resources', where: { parent: { equals: id } }, limit: 1 })
    await rest('PATCH', `/resources/${id}`, { token: coordinator.token, body: { files: [m.id] } })
    expect(await sees('rest', anonymous, m)).toBe(true)
    const restored = await rest('POST', `/resources/versions/${docs[0]!.id}`, {
      token: coordinator.token,
    })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(await sees('rest', anonymous, m)).toBe(false)
  })

  it('a bulk update and a delete of the documents using it hide it again', async () => {
    const [a, b] = [await medium(), await medium()]
    const first = await resource({ function: fn.ressources, files: [a.id], _status: 'published' })
    const second = await resource({ function: fn.ressources, files: [b.id], _status: 'published' })
    expect(await sees('rest', anonymous, a)).toBe(true)
    const bulk = await rest('PATCH', `/resources?where[id][equals]=${first}`, {
      token: coordinator.token,
      body: { files: [] },
    })
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(200)
    expect(await sees('rest', anonymous, a)).toBe(false)
    expect(
      (await rest('DELETE', `/resources/${second}`, { token: coordinator.token })).status,
    ).toBe(200)
    expect(await sees('rest', anonymous, b)).toBe(false)
    expect((await stored(b.id))?.usage ?? []).toEqual([])
  })

  it('a file embedded in a published rich text, or a member’s logo, is public', async () => {
    const [inText, logo] = [await medium(), await medium()]
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'upload',
            version: 3,
            format: '',
            relationTo: 'media',
            value: inText.id,
            fields: null,
          },
        ],
      },
    }
    // In English only: every locale counts.
    const id = await resource({ function: fn.ressources, _status: 'published' })
    await (
      await p()
    ).update({
      collection: 'resources',
      id,
      data: { title: 'Resource in English', body } as never,
      locale: 'en',
    })
    expect(await sees('rest', anonymous, inText)).toBe(true)
    await (
      await p()
    ).update({ collection: 'members', id: org.irdsu, data: { logo: logo.id } as never })
    expect(await sees('graphql', anonymous, logo)).toBe(true)
  })

  it('the coordination marks a file public; nobody else may', async () => {
    const m = await medium(org['collectif-ville-campagne'])
    const refused = await rest('PATCH', `/media/${m.id}`, {
      token: pilot.token,
      body: { public: true },
    })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('public')
    expect(await sees('rest', anonymous, m)).toBe(false)
    const marked = await rest('PATCH', `/media/${m.id}`, {
      token: coordinator.token,
      body: { public: true },
    })
    expect(marked.status).toBe(200)
    for (const surface of surfaces) expect(await sees(surface, anonymous, m), surface).toBe(true)
  })

  it('anonymous callers read neither who uploaded a file nor which documents use it', async () => {
    const m = await medium()
    await resource({ function: fn['expertise-prospective'], files: [m.id] })
    await (await p()).update({ collection: 'media', id: m.id, data: { public: true } })
    const { body } = await rest('GET', `/media/${m.id}?depth=0`)
    expect(body.usage).toBeUndefined()
    expect(body.usedInFunctions).toBeUndefined()
    expect(body.uploadedBy).toBeUndefined()
    // Nor filter on them, which would tell the same.
    const filtered = await rest('GET', `/media?where[usage][like]=resources`)
    expect(filtered.status).toBe(400)
  })
})

describe.each(surfaces)('changing a file through %s', (surface) => {
  it('a member whose delegation ended changes nothing it did not upload, even used in its former function', async () => {
    const m = await medium()
    await resource({ function: fn.formation, files: [m.id], _status: 'published' })
    const before = await stored(m.id)
    const bytes = onDisk(m.filename)
    const alt = await changeAlt(surface, endedMember, m.id, 'Détourné')
    expect(alt.refused).toBe(true)
    if (surface !== 'graphql') {
      expect((await replace(surface, endedMember, m.id)).refused).toBe(true)
    }
    expect((await remove(surface, endedMember, m.id)).refused).toBe(true)
    expect(await stored(m.id)).toEqual(before)
    expect(onDisk(m.filename).equals(bytes)).toBe(true)
  })

  it('a member may not change another organisation’s file', async () => {
    const m = await medium(org.irdsu)
    const before = await stored(m.id)
    const bytes = onDisk(m.filename)
    expect((await changeAlt(surface, pilot, m.id, 'Détourné')).refused).toBe(true)
    if (surface !== 'graphql') expect((await replace(surface, pilot, m.id)).refused).toBe(true)
    expect((await remove(surface, pilot, m.id)).refused).toBe(true)
    expect(await stored(m.id)).toEqual(before)
    expect(onDisk(m.filename).equals(bytes)).toBe(true)
  })

  it('the uploading organisation changes and deletes its file, its delegation ended or not', async () => {
    const m = await medium(org.irdsu)
    expect((await changeAlt(surface, endedMember, m.id, 'Texte revu')).refused).toBe(false)
    expect((await stored(m.id))?.alt).toMatchObject({ fr: 'Texte revu' })
    if (surface !== 'graphql') {
      expect((await replace(surface, endedMember, m.id)).refused).toBe(false)
      const replaced = await stored(m.id)
      expect(replaced?.filename).toMatch(/^remplace-/)
      expect(fs.existsSync(path.resolve('media', replaced!.filename as string))).toBe(true)
    }
    expect((await remove(surface, endedMember, m.id)).refused).toBe(false)
    expect(await stored(m.id)).toBeNull()
  })

  it('a pilot changes a file used by a document of its function', async () => {
    const m = await medium()
    await resource({ function: fn['expertise-prospective'], files: [m.id] })
    expect((await changeAlt(surface, pilot, m.id, 'Légende du pilote')).refused).toBe(false)
    expect((await stored(m.id))?.alt).toMatchObject({ fr: 'Légende du pilote' })
  })

  it('the coordination changes any file', async () => {
    const m = await medium(org.irdsu)
    expect(
      (await changeAlt(surface, coordinator, m.id, 'Légende de la coordination')).refused,
    ).toBe(false)
    expect((await remove(surface, coordinator, m.id)).refused).toBe(false)
    expect(await stored(m.id)).toBeNull()
  })

  it('a file still used by a document is not deleted, by anyone: 409 naming the document', async () => {
    const m = await medium()
    const id = await resource({
      function: fn['expertise-prospective'],
      files: [m.id],
      _status: 'published',
    })
    const before = await stored(m.id)
    const outcome = await remove(surface, coordinator, m.id)
    expect(outcome.refused).toBe(true)
    if (surface === 'rest') expect(outcome.status).toBe(409)
    if (surface === 'local') expect(outcome.status).toBe(409)
    expect(outcome.message).toContain(`Ressource ${id}`)
    expect(await stored(m.id)).toEqual(before)
    expect(fs.existsSync(path.resolve('media', m.filename))).toBe(true)
    await (await p()).update({ collection: 'resources', id, data: { files: [] } as never })
    expect((await remove(surface, coordinator, m.id)).refused).toBe(false)
  })
})

describe('bulk requests and API keys', () => {
  it('a bulk PATCH or DELETE with a where changes only the files the caller may change', async () => {
    const [mine, theirs] = [await medium(org['collectif-ville-campagne']), await medium(org.irdsu)]
    const where = `where[id][in]=${mine.id},${theirs.id}`
    const before = await stored(theirs.id)
    const patched = await rest('PATCH', `/media?${where}`, {
      token: pilot.token,
      body: { alt: 'En masse' },
    })
    expect(patched.body.docs.map((d: { id: number }) => d.id)).toEqual([mine.id])
    expect(await stored(theirs.id)).toEqual(before)
    const deleted = await rest('DELETE', `/media?${where}`, { token: pilot.token })
    expect(deleted.body.docs.map((d: { id: number }) => d.id)).toEqual([mine.id])
    expect(await stored(theirs.id)).toEqual(before)
  })

  it('an API key uploads, changes and deletes nothing', async () => {
    const m = await medium()
    await (await p()).update({ collection: 'media', id: m.id, data: { public: true } })
    const before = [await (await p()).count({ collection: 'media' }), await stored(m.id)]
    expect((await upload({ headers: keyed() })).status).toBe(403)
    expect(
      (await rest('PATCH', `/media/${m.id}`, { headers: keyed(), body: { alt: 'Clé' } })).status,
    ).toBe(403)
    expect((await rest('DELETE', `/media/${m.id}`, { headers: keyed() })).status).toBe(403)
    expect([await (await p()).count({ collection: 'media' }), await stored(m.id)]).toEqual(before)
  })
})

describe('who uploaded a file', () => {
  it('is recorded on upload, from the signed-in person, and nobody else sets it', async () => {
    const made = await upload(pilot)
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const doc = await stored(made.body.doc.id)
    expect(doc?.organisation).toBe(org['collectif-ville-campagne'])
    expect(doc?.uploadedBy).toBe((pilot.user as TypedUser).id)
    // Another organisation, another uploader, a usage of one's own: refused, naming the field, nothing stored.
    const count = (await (await p()).count({ collection: 'media' })).totalDocs
    for (const [field, value] of [
      ['organisation', org.irdsu],
      ['uploadedBy', (coordinator.user as TypedUser).id],
      ['usedByPublished', true],
    ] as const) {
      const refused = await upload(pilot, { [field]: value })
      expect(refused.status, field).toBe(403)
      expect(JSON.stringify(refused.body)).toContain(field)
    }
    expect((await (await p()).count({ collection: 'media' })).totalDocs).toBe(count)
    const moved = await rest('PATCH', `/media/${made.body.doc.id}`, {
      token: pilot.token,
      body: { organisation: org.irdsu },
    })
    expect(moved.status).toBe(403)
    expect((await stored(made.body.doc.id))?.organisation).toBe(org['collectif-ville-campagne'])
  })

  it('a pilot may attach its organisation’s files, not another’s (which would let it change them)', async () => {
    const [own, other] = [await medium(org['collectif-ville-campagne']), await medium(org.irdsu)]
    const created = await rest('POST', '/resources?draft=true', {
      token: pilot.token,
      body: {
        title: 'Dossier du pilote',
        type: 'tool',
        function: fn['expertise-prospective'],
        files: [own.id],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const before = await stored(other.id)
    const attached = await rest('PATCH', `/resources/${id}?draft=true`, {
      token: pilot.token,
      body: { files: [own.id, other.id] },
    })
    expect(attached.status).toBe(403)
    expect(JSON.stringify(attached.body)).toContain(String(other.id))
    expect(await stored(other.id)).toEqual(before)
    const latest = await (
      await p()
    ).findByID({ collection: 'resources', id, draft: true, depth: 0 })
    expect(latest.files).toEqual([own.id])
  })
})

describe('what uses a file', () => {
  it('counts both of two documents saved at the same time with it', async () => {
    const m = await medium()
    const ids = await Promise.all(
      [1, 2].map(() => resource({ function: fn.ressources, files: [m.id], _status: 'published' })),
    )
    expect(
      [...((await stored(m.id))?.usage ?? [])].filter((e: string) => !e.includes('|')).sort(),
    ).toEqual(ids.map((id) => `resources:${id}`).sort())
    await (
      await p()
    ).update({ collection: 'resources', id: ids[0]!, data: { _status: 'draft' } as never })
    expect(await sees('rest', anonymous, m)).toBe(true)
  })

  it('is rebuilt from the documents for files stored before (the migration’s backfill)', async () => {
    const m = await medium()
    await resource({ function: fn.ressources, files: [m.id], _status: 'published' })
    const local = await p()
    const usageOf = async () => {
      const { usage, usedByPublished, usedInFunctions } = (await stored(m.id))!
      return { usage, usedByPublished, usedInFunctions }
    }
    const built = await usageOf()
    expect(built.usedByPublished).toBe(true)
    await local.db.updateOne({
      collection: 'media',
      id: m.id,
      data: { usage: [], usedByPublished: false, usedInFunctions: [] },
    })
    expect(await sees('rest', anonymous, m)).toBe(false)
    await followAllDocuments(local, await createLocalReq({}, local))
    expect(await usageOf()).toEqual(built)
    expect(await sees('rest', anonymous, m)).toBe(true)
  })
})

describe('the download route', () => {
  const download = (filename: string, subject: Subject) =>
    handleEndpoints({
      config,
      request: new Request(`http://localhost/api/media/file/${filename}`, {
        headers: subject.token ? { authorization: `JWT ${subject.token}` } : {},
      }),
    })

  it('serves only files a media document names, even to the coordination: a stray or missing file is a 404', async () => {
    const stray = `egare-${process.pid}.pdf`
    fs.writeFileSync(path.resolve('media', stray), pdf(stray))
    try {
      expect((await download(stray, coordinator)).status).toBe(404)
      expect((await download(`absent-${process.pid}.pdf`, coordinator)).status).toBe(404)
      expect((await download(stray, anonymous)).status).toBe(403)
    } finally {
      fs.rmSync(path.resolve('media', stray), { force: true })
    }
  })

  it('tells browsers not to guess another type than the one served', async () => {
    const m = await medium()
    const response = await download(m.filename, coordinator)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
