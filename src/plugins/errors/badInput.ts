import type { Classified } from './classified'

/** Input the database refused (a safety net behind the input-validation plugin): a 400. */
export const badInput = (_error: unknown, _language?: string): Classified | undefined => undefined
