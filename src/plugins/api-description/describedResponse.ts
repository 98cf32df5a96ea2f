import type { ResponseDescription } from './types'

/**
 * An endpoint's answer, for its `responses`: what it is, and its media types; a JSON one is an
 * object, any other a text (a feed, a CSV file).
 */
export const describedResponse = (
  description: string,
  ...mediaTypes: string[]
): ResponseDescription => ({
  description,
  content: Object.fromEntries(
    mediaTypes.map((type) => [type, { type: /[/+]json$/.test(type) ? 'object' : 'string' }]),
  ),
})
