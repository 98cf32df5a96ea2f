import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { deflateSync } from 'node:zlib'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { payload } from '../helpers/api'
import { signInOver, startServer, type TestServer } from '../helpers/server'
import { readEnv, serverUrl } from '../../src/env'
import { rootDir } from '../../src/paths'
import { regenerateImageSizes } from '../../src/plugins/media-web'

// What a partner site does with an image: reads its sizes from REST or GraphQL, downloads each
// over HTTP from the server's public origin and shows them in an <img srcset>.

const SERVER_URL = 'https://pole.example'
const WIDTHS = { thumbnail: 400, card: 800, large: 1280 }

let server: TestServer
let token: string

beforeAll(async () => {
  server = await startServer({ env: { SERVER_URL } })
  token = await signInOver(server.url, 'coordination@unadel.test')
}, 120_000)
afterAll(() => server?.stop())

/** An URL announced on SERVER_URL, fetched from the test's server. */
const local = (url: string) => url.replace(SERVER_URL, server.url)

const get = (url: string, auth = true) =>
  fetch(local(url), { headers: auth ? { authorization: `JWT ${token}` } : {} })

const upload = async (name: string, type: string, bytes: Uint8Array | Buffer) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: `Image ${name}` }))
  const response = await fetch(`${server.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  return { status: response.status, body: await response.json() }
}

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .toBuffer()

/** What the database and the media folder hold: a refused upload leaves both as they were. */
// The media folder is shared with other test files running at the same time: only files named
// after the upload (its sizes, a renamed copy) can be this upload's.
const state = async (upload: string) => {
  const { totalDocs } = await (await payload()).count({ collection: 'media' })
  const stem = path.parse(upload).name
  const files = await readdir(path.join(rootDir, 'media')).catch(() => [])
  return { totalDocs, files: files.filter((file) => file.startsWith(stem)) }
}

type Source = { url: string; width: number; height: number; mimeType: string }
type Size = { url: string | null; width: number | null; height: number | null; mimeType: string }

describe('media ready for the web', () => {
  let medium: {
    id: number
    url: string
    thumbnailURL: string
    width: number
    height: number
    alt: string
    filename: string
    sizes: Record<string, Size>
    sources: Source[]
  }

  beforeAll(async () => {
    const { status, body } = await upload('paysage.jpg', 'image/jpeg', await photo(1440, 900))
    expect(status, JSON.stringify(body)).toBe(201)
    medium = (await get(`${server.url}/api/media/${body.doc.id}`).then((r) => r.json())) as never
  })

  it('announces each size, in the image format and in WebP, with absolute URLs', async () => {
    expect(medium).toMatchObject({ width: 1440, height: 900, alt: 'Image paysage.jpg' })
    expect(medium.url).toBe(`${SERVER_URL}/api/media/file/${medium.filename}`)
    expect(medium.thumbnailURL).toBe(medium.sizes.thumbnail!.url)
    for (const [name, width] of Object.entries(WIDTHS)) {
      const height = Math.round((width * 900) / 1440)
      for (const [size, format] of [
        [name, 'jpeg'],
        [`${name}Webp`, 'webp'],
      ] as const) {
        const announced = medium.sizes[size]!
        expect(announced, size).toMatchObject({ width, height, mimeType: `image/${format}` })
        expect(announced.url!.startsWith(`${SERVER_URL}/api/media/file/`), size).toBe(true)
        const response = await get(announced.url!)
        expect(response.status, size).toBe(200)
        const decoded = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
        expect({ width: decoded.width, height: decoded.height, format: decoded.format }).toEqual({
          width,
          height,
          format,
        })
      }
    }
  })

  it('lists every file in `sources`, narrowest first, on REST and GraphQL alike', async () => {
    expect(medium.sources.map((s) => [s.width, s.mimeType])).toEqual([
      [400, 'image/jpeg'],
      [400, 'image/webp'],
      [800, 'image/jpeg'],
      [800, 'image/webp'],
      [1280, 'image/jpeg'],
      [1280, 'image/webp'],
      [1440, 'image/jpeg'],
    ])
    expect(medium.sources.every((s) => s.url.startsWith(`${SERVER_URL}/`))).toBe(true)
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        query: `{ Media(id: ${medium.id}) { url thumbnailURL sources sizes { cardWebp { url width } } } }`,
      }),
    })
    const { data } = await response.json()
    expect(data.Media).toEqual({
      url: medium.url,
      thumbnailURL: medium.thumbnailURL,
      sources: medium.sources,
      sizes: { cardWebp: { url: medium.sizes.cardWebp!.url, width: 800 } },
    })
  })

  it('gives the Local API absolute URLs too, on its own SERVER_URL', async () => {
    // This process has no SERVER_URL: its origin is the default one.
    const origin = serverUrl(readEnv())
    const read = await (await payload()).findByID({ collection: 'media', id: medium.id })
    expect(read.url).toBe(medium.url.replace(SERVER_URL, origin))
    expect(read.sizes?.large?.url).toBe(medium.sizes.large!.url!.replace(SERVER_URL, origin))
    expect(read.sources?.[0]?.url).toBe(medium.sources[0]!.url.replace(SERVER_URL, origin))
  })

  it('keeps the sizes of a private file private, and public with it', async () => {
    for (const url of [medium.url, ...medium.sources.map((s) => s.url)])
      expect((await get(url, false)).status, url).toBe(403)
    const made = await fetch(`${server.url}/api/media/${medium.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ public: true }),
    })
    expect(made.status).toBe(200)
    expect((await get(medium.sizes.cardWebp!.url!, false)).status).toBe(200)
  })

  it("gives the same URLs where a document embeds the file (a member's logo, depth=1)", async () => {
    const local = await payload()
    const [member] = (await local.find({ collection: 'members', limit: 1, depth: 0 })).docs
    await local.update({ collection: 'members', id: member!.id, data: { logo: medium.id } })
    const read = await fetch(`${server.url}/api/members/${member!.id}?depth=1`).then((r) =>
      r.json(),
    )
    expect(read.logo).toMatchObject({ url: medium.url, sources: medium.sources })
  })

  it('does not enlarge a small image: it is its own thumbnail', async () => {
    const { status, body } = await upload('vignette.jpg', 'image/jpeg', await photo(300, 200))
    expect(status).toBe(201)
    const doc = body.doc
    for (const name of Object.keys(doc.sizes)) expect(doc.sizes[name].url, name).toBeNull()
    expect(doc.sources).toEqual([{ url: doc.url, width: 300, height: 200, mimeType: 'image/jpeg' }])
    expect(doc.thumbnailURL).toBe(doc.url)
    const large = await upload('moyenne.jpg', 'image/jpeg', await photo(900, 600))
    expect(large.body.doc.sizes.card.width).toBe(800)
    expect(large.body.doc.sizes.large.url).toBeNull()
  })
})

describe('images uploaded before the sizes', () => {
  it('get them from the migration (regenerateImageSizes)', async () => {
    const local = await payload()
    const { body } = await upload('ancienne.jpg', 'image/jpeg', await photo(1000, 500))
    // As the row was before the sizes' columns were filled.
    await local.db.drizzle.execute(
      sql.raw(
        `UPDATE media SET ${Object.keys(WIDTHS)
          .flatMap((n) => [n, `${n}_webp`])
          .map((n) => `sizes_${n}_filename = NULL, sizes_${n}_width = NULL, sizes_${n}_url = NULL`)
          .join(', ')} WHERE id = ${Number(body.doc.id)}`,
      ),
    )
    const bare = await local.findByID({ collection: 'media', id: body.doc.id })
    expect(bare.sizes?.card?.width).toBeNull()
    const req = await createLocalReq({}, local)
    await regenerateImageSizes(local, req, 'media')
    const regenerated = await local.findByID({ collection: 'media', id: body.doc.id })
    expect(regenerated.sizes?.card).toMatchObject({ width: 800, height: 400 })
    expect(regenerated.sizes?.thumbnailWebp).toMatchObject({ width: 400, mimeType: 'image/webp' })
    expect(regenerated.sizes?.large?.url).toBeNull()
    expect(regenerated.filename).toBe(body.doc.filename)
    const file = await get(
      regenerated.sizes!.cardWebp!.url!.replace(serverUrl(readEnv()), SERVER_URL),
    )
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).width).toBe(800)
  })
})

/** A PNG header that announces `width` × `height` pixels, with a few bytes of image after it. */
const bombPng = (width: number, height: number) => {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([1, 0, 0, 0, 0], 8) // 1 bit, grey: the whole image deflates to a little
  const row = Buffer.alloc(1 + Math.ceil(width / 8))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: 64 }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const crc32 = (bytes: Buffer) => {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

describe('hostile uploads', () => {
  const cases: Array<[string, string, () => Promise<Buffer>]> = [
    ['faux.png', 'image/png', async () => Buffer.from('Ceci est un texte, pas une image.')],
    ['coupee.jpg', 'image/jpeg', async () => (await photo(1440, 900)).subarray(0, 4000)],
    ['bombe.png', 'image/png', async () => bombPng(30_000, 30_000)],
    [
      'script.svg',
      'image/svg+xml',
      async () =>
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10" onload="alert(2)"/></svg>',
        ),
    ],
  ]

  it.each(cases)(
    'refuses %s with a 400 naming the file, writing nothing',
    async (name, type, bytes) => {
      const before = await state(name)
      const { status, body } = await upload(name, type, await bytes())
      expect(status, JSON.stringify(body)).toBe(400)
      expect(body.errors[0].data.errors[0]).toMatchObject({
        path: 'file',
        message: expect.stringContaining(name),
      })
      expect(await state(name)).toEqual(before)
    },
  )
})
