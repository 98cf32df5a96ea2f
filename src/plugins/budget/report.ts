import type { CollectionSlug, PayloadRequest } from 'payload'

import { summarise, type Line } from './summary'

/**
 * A year's summary as `req`'s user may see it: the lines read with their own access, so that the
 * REST report and the admin's budget view give the same figures and never count a hidden line.
 */
export const readSummary = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  year: number,
) => {
  const { docs } = await req.payload.find({
    collection,
    where: { year: { equals: year } },
    pagination: false,
    depth: 1,
    overrideAccess: false,
    req,
  })
  return summarise(year, docs as unknown as Line[])
}

/** The years that have lines `req`'s user may see, latest first (one distinct query). */
export const readYears = async (req: PayloadRequest, collection: CollectionSlug) => {
  const { values } = await req.payload.findDistinct({
    collection,
    field: 'year' as never,
    sort: '-year',
    overrideAccess: false,
    req,
  })
  return values.map((v) => Number((v as { year: unknown }).year)).filter(Number.isInteger)
}
