import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { queryFor, tableOf } from '../../db/query'
import { idOf, sameId } from '../../utilities/idOf'
import { personOf as personIn } from '../../utilities/personOf'
import type { ResolvedOptions } from './types'

/** One pilot row of a function, as it applies to the user's organisation. */
export type Delegation = {
  function: number | string
  /** The id of the row in `functions.pilots`: what an audit entry points to. */
  row: string
  role: string
  startsOn: string
  endsOn?: string | null
  /** The delegable collections it covers; empty means all of them. */
  collections: string[]
}

// Making a formatter costs ~0.1 ms; access checks ask for days on every request.
const formatters = new Map<string, Intl.DateTimeFormat>()

/** The calendar day of an instant in the network's time zone, as YYYY-MM-DD. */
export const dayIn = (timeZone: string, instant: Date | string): string => {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    formatters.set(timeZone, format)
  }
  return format.format(new Date(instant))
}

export type Period = 'current' | 'ended' | 'future'

/** Delegations are by the day: the first and last days both count. */
export const periodOf = (
  timeZone: string,
  row: Pick<Delegation, 'startsOn' | 'endsOn'>,
  now = new Date(),
): Period => {
  const today = dayIn(timeZone, now)
  if (dayIn(timeZone, row.startsOn) > today) return 'future'
  if (row.endsOn && dayIn(timeZone, row.endsOn) < today) return 'ended'
  return 'current'
}

export const covers = (delegation: Delegation, collection: string) =>
  delegation.collections.length === 0 || delegation.collections.includes(collection)

/** A row of the `pilots` tables, as the query below reads it. */
export type PilotRow = {
  fn: number
  row: string
  role: string
  organisation: number
  starts_on: Date
  ends_on: Date | null
  collections: string[]
}

/** A delegation and the organisation it is given to. */
export type Pilot = Delegation & { organisation: number }

/**
 * The pilot rows, past, present and future, of one organisation or of one function, read straight
 * from the `pilots` array's tables (two indexed reads of a few rows): asked on every request of a
 * pilot, where Payload's find spent 3–4 ms building its query for five functions.
 */
const pilotRows = async (
  payload: Payload,
  functions: CollectionSlug,
  by: 'organisation_id' | '_parent_id',
  id: number | string,
  req?: PayloadRequest,
): Promise<Pilot[]> => {
  const pilots = `${tableOf(payload, functions)}_pilots`
  const query = await queryFor(payload, req)
  const { rows } = await query<PilotRow>(
    `SELECT p._parent_id AS fn, p.id AS row, p.role, p.organisation_id AS organisation, p.starts_on, p.ends_on,
            array(SELECT c.value::text FROM "${pilots}_collections" c WHERE c.parent_id = p.id ORDER BY c."order") AS collections
     FROM "${pilots}" p WHERE p.${by} = $1 ORDER BY p._parent_id, p._order`,
    [id],
  )
  return rows.map((r) => ({
    function: r.fn,
    row: r.row,
    role: r.role,
    organisation: r.organisation,
    startsOn: r.starts_on.toISOString(),
    endsOn: r.ends_on?.toISOString() ?? null,
    collections: r.collections,
  }))
}

/** Every delegation, past, present and future, given to the organisation. */
export const allDelegationsOf = async (
  payload: Payload,
  organisation: unknown,
  options: Pick<ResolvedOptions, 'functions'>,
  req?: PayloadRequest,
): Promise<Delegation[]> => {
  const id = idOf(organisation)
  return id === undefined ? [] : pilotRows(payload, options.functions, 'organisation_id', id, req)
}

/** Who pilots the function today (read in `req`'s transaction when given). */
export const currentPilotsOf = async (
  payload: Payload,
  fn: unknown,
  options: Pick<ResolvedOptions, 'functions' | 'timeZone'>,
  req?: PayloadRequest,
): Promise<Pilot[]> => {
  const id = idOf(fn)
  if (id === undefined) return []
  const rows = await pilotRows(payload, options.functions, '_parent_id', id, req)
  return rows.filter((row) => periodOf(options.timeZone, row) === 'current')
}

/** The person signed in, if any: an API client (another auth collection) pilots nothing. */
export const personOf = (req: PayloadRequest, options: ResolvedOptions) =>
  personIn(req, options.users)

const perRequest = new WeakMap<PayloadRequest, Promise<Delegation[]>>()

/**
 * The delegations the user's organisation holds today. Computed once per request (one query on
 * `functions`, whatever the number of documents), then shared by every access check of it.
 */
export const currentDelegations = (
  req: PayloadRequest,
  options: ResolvedOptions,
): Promise<Delegation[]> => {
  const person = personOf(req, options)
  if (!person) return Promise.resolve([])
  let pending = perRequest.get(req)
  if (!pending) {
    pending = allDelegationsOf(req.payload, options.organisationOf(person), options, req).then(
      (rows) => rows.filter((row) => periodOf(options.timeZone, row) === 'current'),
    )
    perRequest.set(req, pending)
  }
  return pending
}

/** The functions whose documents of `collection` the user may edit today. */
export const editableFunctions = async (
  req: PayloadRequest,
  collection: CollectionSlug | string,
  options: ResolvedOptions,
): Promise<Array<number | string>> => [
  ...new Set(
    (await currentDelegations(req, options))
      .filter((d) => covers(d, collection))
      .map((d) => d.function),
  ),
]

/** The delegation that lets the user write a document of `fn` in `collection`; a pilot row before a co-pilot row. */
export const delegationFor = async (
  req: PayloadRequest,
  collection: string,
  fn: unknown,
  options: ResolvedOptions,
): Promise<Delegation | undefined> => {
  const matching = (await currentDelegations(req, options)).filter(
    (d) => covers(d, collection) && sameId(d.function, fn),
  )
  return matching.find((d) => d.role === 'pilot') ?? matching[0]
}
