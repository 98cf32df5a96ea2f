import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type SMTPConnection from 'nodemailer/lib/smtp-connection'
import type { EmailAdapter, Payload, Plugin } from 'payload'

import { withTranslations } from '../../utilities/translator'
import { captureTransport } from './capture'
import { queueEmail, sendEmailTask, setDeliverer } from './queue'
import { resetPasswordEmail } from './resetPassword'
import { lockedJobsCollection } from './runEndpoint'
import { translations } from './translations'
import type { EmailPluginOptions } from './types'

export type { EmailPluginOptions, SmtpSettings } from './types'
export { queueEmail } from './queue'
export { startJobsRunner, type JobsRunner } from './runner'
export { escapeHtml, htmlOf, textOf, type Part } from './html'

// Payload's statistics of scheduled jobs, a global it adds with default access (anyone signed in
// reads and writes it): the queue's own bookkeeping, reached by no API.
const JOB_STATS = 'payload-jobs-stats'

/**
 * Payload's email through nodemailer, every message on Payload's jobs queue (PostgreSQL):
 * `payload.sendEmail`, Payload's own password reset included, queues a job and returns at once;
 * the server's runner (runner.ts) delivers it, and a failed delivery is tried again later
 * (exponential back-off), so a slow or failing SMTP server never fails the request that caused
 * the message. Without an SMTP server, messages are kept as .eml files (capture.ts).
 */
export const emailPlugin =
  (options: EmailPluginOptions): Plugin =>
  (config) => {
    const {
      smtp,
      from,
      captureDir,
      production = false,
      serverUrl,
      retryDelaySeconds = 60,
      retries = 8,
      mayRunJobs,
    } = options

    let current: Payload | undefined
    const adapter = async (): Promise<EmailAdapter> => {
      const direct = await nodemailerAdapter({
        defaultFromAddress: from.address,
        defaultFromName: from.name,
        // Checked by the first delivery, not at start: a server down at start is a retry, not a crash.
        skipVerify: true,
        // nodemailer's createTransport takes SMTP options or a transport object; the adapter
        // types only the first.
        transportOptions: (smtp
          ? { ...smtp, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }
          : captureTransport(captureDir, () => current!.logger)) as SMTPConnection.Options,
      })
      return ({ payload }) => {
        current = payload
        const initialised = direct({ payload })
        setDeliverer(payload, initialised.sendEmail)
        return { ...initialised, sendEmail: (message) => queueEmail(payload, message) }
      }
    }

    const withEmail = withTranslations(
      {
        ...config,
        email: adapter(),
        collections: (config.collections ?? []).map((collection) => {
          const auth = collection.auth
          if (!auth || (typeof auth === 'object' && auth.disableLocalStrategy)) return collection
          const settings = typeof auth === 'object' ? auth : {}
          return {
            ...collection,
            auth: { ...settings, forgotPassword: resetPasswordEmail(settings, serverUrl) },
          }
        }),
        jobs: {
          ...config.jobs,
          tasks: [
            ...(config.jobs?.tasks ?? []),
            sendEmailTask({ retries, retryDelayMs: retryDelaySeconds * 1000 }),
          ],
          // No autoRun: the host runs the queue (runner.ts), one process at a time.
          access: { run: mayRunJobs, queue: mayRunJobs, cancel: mayRunJobs },
          jobsCollectionOverrides: lockedJobsCollection(mayRunJobs),
        },
        onInit: async (payload) => {
          const stats = payload.config.globals.find((global) => global.slug === JOB_STATS)
          if (stats) {
            const nobody = () => false
            stats.access = { ...stats.access, read: nobody, update: nobody, readVersions: nobody }
          }
          if (!smtp) {
            const where = { dir: captureDir }
            if (production)
              payload.logger.error(
                where,
                'no SMTP_HOST: emails (password resets, notifications) reach nobody and are kept as files',
              )
            else payload.logger.info(where, 'no SMTP_HOST: emails are kept as .eml files')
          }
          await config.onInit?.(payload)
        },
      },
      translations,
    )
    return withEmail
  }
