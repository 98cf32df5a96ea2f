import type express from 'express'
import type { Payload } from 'payload'

import type { Env } from '../env'
import { limitBodies } from './bodies'
import {
  checkGraphqlRequest,
  graphqlAnswersJson,
  graphqlMethods,
  graphqlParams,
  graphqlTakesJson,
  paramsInUrl,
  postedParams,
  postedQuery,
  refuseSubscriptions,
  refuseUnwalkableDocuments,
} from './graphql'
import { rateLimits } from './rateLimits'
import { refusal, sendWithCors } from './refuse'

export { overriddenGet, webRequest } from './bodies'
export { graphqlGetAsPost, requestErrorsAre400 } from './graphql'
export { graphqlRoute } from './graphqlRoute'

/**
 * The host's limits on API requests, before Payload (README and docs/api.md, "Limits"): the rate
 * limits then the bodies, for every request (then GraphQL sign-ins, known from the body, are
 * counted); GraphQL's media types, before the body is read; GraphQL's parameters, over POST and
 * GET, and what Payload's GraphQL validation cannot walk.
 */
export const apiLimits = (
  payload: Payload,
  env: Env,
): {
  requests: express.RequestHandler[]
  graphqlHeaders: express.RequestHandler[]
  graphqlDocument: express.RequestHandler[]
  graphqlGet: express.RequestHandler[]
} => {
  const refuse = refusal(payload)
  const fileSize = payload.config.upload?.limits?.fileSize ?? Infinity
  const send = (req: express.Request, res: express.Response, status: number, body: unknown) =>
    sendWithCors(payload, req, res, status, body)
  const queryInUrl = (req: express.Request) => graphqlParams(req).get('query')
  const limits = rateLimits(
    payload,
    {
      anonymousPerMinute: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      apiKeyPerMinute: env.RATE_LIMIT_API_KEY_PER_MINUTE,
    },
    refuse,
  )
  return {
    requests: [
      ...limits.beforeBody,
      // An upload may carry its fields (as much as a JSON body) besides the file.
      limitBodies(
        { jsonBytes: env.API_MAX_JSON_BYTES, multipartBytes: fileSize + env.API_MAX_JSON_BYTES },
        refuse,
      ),
      limits.afterBody,
    ],
    graphqlHeaders: [graphqlMethods(refuse), graphqlTakesJson(refuse), graphqlAnswersJson(refuse)],
    graphqlDocument: [
      checkGraphqlRequest(refuse, postedParams),
      refuseSubscriptions(refuse, postedQuery),
      refuseUnwalkableDocuments(env.GRAPHQL_MAX_COST, send, postedQuery),
    ],
    graphqlGet: [
      checkGraphqlRequest(refuse, paramsInUrl),
      refuseSubscriptions(refuse, queryInUrl),
      refuseUnwalkableDocuments(env.GRAPHQL_MAX_COST, send, queryInUrl),
    ],
  }
}
