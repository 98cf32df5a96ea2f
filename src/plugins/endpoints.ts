import type { CollectionConfig, Config, Endpoint } from 'payload'
import type { z } from 'zod'

/** Adds endpoints to the collections whose slug `wanted` accepts (plugins that serve a route of a collection). */
export const addCollectionEndpoints = (
  config: Config,
  wanted: (slug: string) => boolean,
  endpoints: (collection: CollectionConfig) => Endpoint[],
): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) =>
    wanted(c.slug) ? { ...c, endpoints: [...(c.endpoints || []), ...endpoints(c)] } : c,
  ),
})

/** What was wrong with a query, starting with the parameter's name. */
export const invalidParameter = (error: z.ZodError) => {
  const issue = error.issues[0]!
  return `${issue.path.join('.') || 'query'} ${issue.message}`
}

/** A custom endpoint's query string checked with zod; a bad one answers 400 naming the parameter. */
export const parseQuery = <T extends z.ZodType>(
  schema: T,
  query: unknown,
): { data: z.infer<T>; response?: undefined } | { response: Response } => {
  const parsed = schema.safeParse(query)
  if (parsed.success) return { data: parsed.data }
  return { response: Response.json({ errors: [{ message: invalidParameter(parsed.error) }] }, { status: 400 }) }
}
