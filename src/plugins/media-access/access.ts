import type { Access, PayloadRequest, Where } from 'payload'

import { anyOf } from '../../utilities/combineAccess'
import { idOf } from '../../utilities/idOf'
import { personOf as personIn } from '../../utilities/personOf'
import type { ResolvedMediaOptions } from './types'

/** What the plugin's access rules need to know beyond its options. */
export type MediaContext = {
  options: ResolvedMediaOptions
  /** The collections whose documents can hold media. */
  referencing: string[]
}

export const personOf = (req: PayloadRequest, { options }: MediaContext) =>
  personIn(req, options.users)

export const organisationOf = (req: PayloadRequest, ctx: MediaContext) => {
  const person = personOf(req, ctx)
  return person ? idOf(ctx.options.organisationOf(person)) : undefined
}

/** Published somewhere, or made public by the coordination. */
const publicMedia: Where = {
  or: [{ public: { equals: true } }, { usedByPublished: { equals: true } }],
}

const uploadedByOwnOrganisation = (req: PayloadRequest, ctx: MediaContext): Where | undefined => {
  const organisation = organisationOf(req, ctx)
  return organisation === undefined ? undefined : { organisation: { equals: organisation } }
}

/** Used by a document (published or draft) of a function the user's organisation pilots today for its collection. */
const usedInPilotedFunctions = async (
  req: PayloadRequest,
  ctx: MediaContext,
): Promise<Where | undefined> => {
  const pairs = (
    await Promise.all(
      ctx.referencing.map(async (collection) =>
        (await ctx.options.pilotedFunctions(req, collection)).map((fn) => `${collection}:${fn}`),
      ),
    )
  ).flat()
  return pairs.length ? { usedInFunctions: { in: pairs } } : undefined
}

/**
 * Everyone reads public media; a person also what their organisation uploaded and what the
 * documents they may edit use (the drafts they read).
 */
export const readFollowingDocuments =
  (ctx: MediaContext): Access =>
  async ({ req }) =>
    personOf(req, ctx)
      ? anyOf([
          publicMedia,
          uploadedByOwnOrganisation(req, ctx),
          await usedInPilotedFunctions(req, ctx),
        ])
      : publicMedia

/**
 * Changing or deleting: what the user's organisation uploaded, and what a document of a function
 * it pilots today uses. A delegation that ended leaves only the organisation's own uploads.
 */
export const changeFollowingDocuments =
  (ctx: MediaContext): Access =>
  async ({ req }) =>
    personOf(req, ctx)
      ? anyOf([uploadedByOwnOrganisation(req, ctx), await usedInPilotedFunctions(req, ctx)])
      : false
