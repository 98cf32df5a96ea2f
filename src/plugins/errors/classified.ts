/** What the caller is told: Payload's error shape (`{ errors: [{ message, data? }] }`), a status, headers. */
export type Classified = {
  status: number
  body: { errors: Array<{ name?: string; message: string; data?: Record<string, unknown> }> }
  headers?: Record<string, string>
}

/** The error and its causes, outermost first (drizzle and Payload wrap the driver's error). */
export const causes = (error: unknown): Array<Record<string, unknown>> => {
  const out: Array<Record<string, unknown>> = []
  let current = error
  for (let i = 0; current && typeof current === 'object' && i < 8; i++) {
    out.push(current as Record<string, unknown>)
    current = (current as { cause?: unknown }).cause
  }
  return out
}
