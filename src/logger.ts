import { pino } from 'pino'

/** One structured (JSON lines) logger for the host and Payload alike. */
export const logger = pino({
  name: 'pole-metiers',
  level: process.env.LOG_LEVEL || 'info',
  enabled: process.env.LOG_LEVEL !== 'silent',
})
