import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import config from '../../payload.config'
import { graphql, login, payload, rest } from '../helpers/api'

let token: string
beforeAll(async () => {
  token = await login('coordination@unadel.test')
})

const upload = async (name: string, type: string, bytes: Uint8Array<ArrayBuffer>) => {
  const form = new FormData()
  form.append('file', new Blob([bytes], { type }), name)
  form.append('_payload', JSON.stringify({ alt: name }))
  const response = await handleEndpoints({
    config,
    request: new Request('http://localhost/api/media', {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    }),
  })
  return { status: response.status, body: await response.json() }
}

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer<</Size 2/Root 1 0 R>>\nstartxref\n40\n%%EOF\n',
)
// An ELF header: what an executable looks like, whatever its name says.
const EXECUTABLE = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)])

describe('media', () => {
  it('accepts a PDF', async () => {
    const { status, body } = await upload('fiche.pdf', 'application/pdf', PDF)
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc).toMatchObject({
      mimeType: 'application/pdf',
      filename: expect.stringMatching(/^fiche.*\.pdf$/),
    })
  })

  it('reads, updates, lists and deletes a file through REST and GraphQL', async () => {
    const { body } = await upload('plaquette.pdf', 'application/pdf', PDF)
    const id = body.doc.id
    expect((await rest('GET', `/media/${id}`, { token })).body.alt).toBe('plaquette.pdf')
    const patched = await rest('PATCH', `/media/${id}`, {
      token,
      body: { alt: 'Plaquette du Pôle' },
    })
    expect(patched.body.doc.alt).toBe('Plaquette du Pôle')
    const list = await graphql(
      '{ allMedia(where: { mimeType: { equals: "application/pdf" } }) { docs { id alt } } }',
      {},
      { token },
    )
    expect(list.body.data.allMedia.docs).toContainEqual({ id, alt: 'Plaquette du Pôle' })
    expect((await rest('DELETE', `/media/${id}`, { token })).status).toBe(200)
    expect((await rest('GET', `/media/${id}`, { token })).status).toBe(404)
  })

  it('refuses an executable with a clear message, and stores nothing', async () => {
    const before = (await (await payload()).count({ collection: 'media' })).totalDocs
    const { status, body } = await upload('outil.exe', 'application/x-msdownload', EXECUTABLE)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/type|fichier/i)
    expect((await (await payload()).count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses a file over 25 MB', async () => {
    const big = new Uint8Array(25 * 1024 * 1024 + 1)
    big.set(PDF)
    const { status } = await upload('gros.pdf', 'application/pdf', big)
    expect(status).toBe(413)
  })
})
