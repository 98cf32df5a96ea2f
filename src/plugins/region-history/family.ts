import type { CollectionSlug, PayloadRequest } from 'payload'

import { idOf } from '../../utilities/idOf'
import { isId } from '../input-validation/values'

/**
 * The regions a filter on `ids` means across a reform: each region, the regions merged into it,
 * and the region it was merged into (2014's Rhône-Alpes finds 2016's Auvergne-Rhône-Alpes and
 * back). One indexed read of a small table (two when codes are resolved first).
 */
export const regionFamily = async (
  req: PayloadRequest,
  {
    collection,
    mergedInto,
    code,
  }: { collection: CollectionSlug; mergedInto: string; code?: string },
  ids: Array<number | string>,
): Promise<number[]> => {
  // Past PostgreSQL's integers, a number names no region (and the database would refuse it).
  let asked = ids.map(Number).filter(isId)
  if (!asked.length) return []
  const read = async (where: Record<string, unknown>) =>
    (
      await req.payload.find({
        collection,
        where: where as never,
        depth: 0,
        pagination: false,
        select: { [mergedInto]: true } as never,
        req,
        overrideAccess: true,
      })
    ).docs as Array<Record<string, unknown> & { id: number }>
  // Where regions are also named by a code (INSEE), a value may be either.
  if (code)
    asked = [
      ...new Set([
        ...asked,
        ...(await read({ [code]: { in: ids.map(String) } })).map((r) => Number(r.id)),
      ]),
    ]
  // One read: the regions asked for (with the one each became) and those merged into them.
  const related = await read({ or: [{ id: { in: asked } }, { [mergedInto]: { in: asked } }] })
  const family = new Set<number>(asked)
  for (const doc of related) {
    family.add(Number(doc.id))
    const into = idOf(doc[mergedInto])
    if (into !== undefined && asked.includes(Number(doc.id))) family.add(Number(into))
  }
  return [...family].sort((a, b) => a - b)
}
