import { APIError } from 'payload'

/**
 * A refusal the caller may read (`isPublic`), with its HTTP status and Payload's error name for
 * it: a name Payload logs at info (Forbidden, …) keeps it a refusal, not a fault.
 */
export class Refusal extends APIError {
  constructor(message: string, status = 403, name = 'Forbidden') {
    super(message, status, undefined, true)
    this.name = name
  }
}
