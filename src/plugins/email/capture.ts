import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Transport } from 'nodemailer'
import type { Payload } from 'payload'

/**
 * A nodemailer transport that keeps each message as an .eml file (any mail client opens it)
 * and logs where, for a machine with no SMTP server: mail is never sent silently nowhere.
 */
export const captureTransport = (dir: string, logger: () => Payload['logger']): Transport => ({
  name: 'capture',
  version: '1',
  send: (mail, callback) => {
    const keep = async () => {
      const raw = await mail.message.build()
      await fs.mkdir(dir, { recursive: true })
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      const file = path.join(dir, `${stamp}-${crypto.randomBytes(4).toString('hex')}.eml`)
      await fs.writeFile(file, raw, { mode: 0o600 })
      logger().info({ file }, 'email kept in a file (no SMTP_HOST set)')
      return { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), file }
    }
    keep().then(
      (info) => callback(null, info),
      (error: Error) => callback(error, undefined),
    )
  },
})
