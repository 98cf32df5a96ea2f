import type { PayloadRequest } from 'payload'

/** An SMTP server, as nodemailer's SMTP transport takes it. */
export type SmtpSettings = {
  host: string
  port: number
  /** TLS from the first byte (465); otherwise STARTTLS when the server offers it. */
  secure: boolean
  auth?: { user: string; pass: string }
}

export type EmailPluginOptions = {
  /** The SMTP server. Without one, every message is kept as an .eml file in `captureDir`. */
  smtp?: SmtpSettings
  /** The sender of every message. */
  from: { name: string; address: string }
  /** Where messages are kept when there is no SMTP server. */
  captureDir: string
  /**
   * In production a missing SMTP server is an error the operator must see: it is logged as one at
   * every start (messages are still kept in `captureDir`, never lost).
   * @default false
   */
  production?: boolean
  /** The server's public origin: the links in messages (never the Host a request claims). */
  serverUrl: string
  /**
   * The pause before a failed delivery is tried again, doubled at each new failure.
   * @default 60
   */
  retryDelaySeconds?: number
  /**
   * Deliveries tried after the first failed one (8 with the default delay: about four hours).
   * @default 8
   */
  retries?: number
  /** Who may run the queue or queue jobs through the API (`/api/payload-jobs/run`). */
  mayRunJobs: (args: { req: PayloadRequest }) => boolean
}
