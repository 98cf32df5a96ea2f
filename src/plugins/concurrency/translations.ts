/** What a write sent for a state that has moved is told (`concurrency:…`). */
export const translations = {
  fr: {
    concurrency: {
      precondition:
        'Le document a changé depuis votre lecture (son ETag est maintenant {{current}}) : relisez-le, puis renvoyez votre modification.',
    },
  },
  en: {
    concurrency: {
      precondition:
        'The document has changed since you read it (its ETag is now {{current}}): read it again, then resend your change.',
    },
  },
}
