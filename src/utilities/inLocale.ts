import type { PayloadRequest, TypedLocale } from 'payload'

/**
 * The request to pass to a Local API call that reads in another locale within the same
 * transaction. Payload sets a call's `locale` on the request it is given, so reading the French
 * text with the request of an English save would go on to save the English data as French. This
 * one shares the transaction, user, context and language, and keeps its own locale.
 */
export const inLocale = (req: PayloadRequest, locale: TypedLocale | 'all'): PayloadRequest =>
  ({
    payload: req.payload,
    transactionID: req.transactionID,
    user: req.user,
    context: req.context,
    i18n: req.i18n,
    t: req.t,
    headers: req.headers,
    locale,
    fallbackLocale: false,
  }) as PayloadRequest
