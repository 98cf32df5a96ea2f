import type { z } from 'zod'

/** A JSON Schema (2020-12, the dialect of OpenAPI 3.1). */
export type JsonSchema = { [keyword: string]: unknown }

/** An answer of an endpoint: what it means, and its body by media type. */
export type ResponseDescription = {
  description: string
  content?: Record<string, JsonSchema>
}

/**
 * How an endpoint is described in `/api/openapi.json`, given beside its definition as
 * `custom: { openapi: … }`. An endpoint the project adds without one is reported by
 * `describeApi` (and fails tests/e2e/api-description.test.ts).
 */
export type EndpointDescription =
  | {
      /** One line: what the endpoint answers. */
      summary: string
      /** More, in CommonMark. */
      description?: string
      /** Groups in the document; the collection's slug for a collection's endpoint. */
      tags?: string[]
      /** The query string as the endpoint checks it (English schema): each property is a parameter. */
      query?: z.ZodType
      /** `signed-in`: a session or JWT is needed (API keys and anonymous callers get 401). */
      access: 'public' | 'signed-in'
      /** The answers by status; the error answers every endpoint may give are added. */
      responses: Record<number, ResponseDescription>
    }
  /** Not part of the API (e.g. a Payload route switched off): why. */
  | { omitted: string }

export type ApiDescriptionPluginOptions = {
  /** The server's public origin (`SERVER_URL`): the document's server. */
  serverUrl: string
  /**
   * The document's title.
   * @default `'API'`
   */
  title?: string
  /** What the API is, for the document's introduction (CommonMark). */
  description?: string
}
