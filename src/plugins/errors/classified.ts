/** What the caller is told: Payload's error shape (`{ errors: [{ message, data? }] }`), a status, headers. */
export type Classified = {
  status: number
  body: { errors: Array<{ name?: string; message: string; data?: Record<string, unknown> }> }
  headers?: Record<string, string>
}

/** Messages in the caller's language (fr by default, like the admin). */
export const say = (language: string | undefined, fr: string, en: string) => (language === 'en' ? en : fr)
