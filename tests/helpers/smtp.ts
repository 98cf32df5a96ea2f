import getPort from 'get-port'
import { SMTPServer } from 'smtp-server'

/** A message as the SMTP server received it, decoded enough to read it. */
export type Mail = { to: string[]; subject: string; text: string; html: string; raw: string }

const unfold = (head: string) => head.replace(/\r?\n[ \t]+/g, ' ')

const header = (head: string, name: string) =>
  new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfold(head))?.[1]?.trim() ?? ''

const bytes = (encoding: string, body: string) =>
  /base64/i.test(encoding)
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
    : /quoted-printable/i.test(encoding)
      ? Buffer.from(
          body
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-F]{2})/gi, (_, hex: string) =>
              String.fromCharCode(parseInt(hex, 16)),
            ),
          'latin1',
        )
      : Buffer.from(body, 'latin1')

/** RFC 2047 words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as nodemailer writes non-ASCII subjects. */
const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : bytes('quoted-printable', text.replace(/_/g, ' ')).toString('utf8'),
    )

/** The text and HTML parts of a message (one level of multipart, as nodemailer builds it). */
export const parseMail = (raw: string): Omit<Mail, 'to' | 'raw'> => {
  const split = (part: string) => {
    const at = part.search(/\r?\n\r?\n/)
    return { head: part.slice(0, at), body: part.slice(at).replace(/^\r?\n\r?\n/, '') }
  }
  const { head, body } = split(raw)
  const parts: Record<string, string> = {}
  const visit = (partHead: string, partBody: string) => {
    const type = header(partHead, 'Content-Type')
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
    if (boundary) {
      for (const piece of partBody.split(`--${boundary}`).slice(1)) {
        if (piece.startsWith('--')) break
        const inner = split(piece.replace(/^\r?\n/, ''))
        visit(inner.head, inner.body)
      }
      return
    }
    const kind = /text\/html/i.test(type) ? 'html' : 'text'
    parts[kind] = bytes(header(partHead, 'Content-Transfer-Encoding'), partBody).toString('utf8')
  }
  visit(head, body)
  return {
    subject: decodeWords(header(head, 'Subject')),
    text: parts.text ?? '',
    html: parts.html ?? '',
  }
}

/**
 * A real SMTP server on 127.0.0.1 and a free port, keeping what it receives. While `failing`,
 * it answers 451 (try again later) at the end of each message, as a server that is full would.
 */
export const startSmtpServer = async () => {
  const mails: Mail[] = []
  const state = { failing: false, refused: 0 }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (state.failing) {
          state.refused += 1
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }))
        }
        const raw = Buffer.concat(chunks).toString('latin1')
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, ...parseMail(raw) })
        callback()
      })
    },
  })
  const port = await getPort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    port,
    mails,
    state,
    /** What `address` received so far. */
    to: (address: string) => mails.filter((mail) => mail.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Waits until `check` returns something truthy, polling; fails with `what` after `ms`. */
export const eventually = async <T>(what: string, check: () => T | Promise<T>, ms = 20_000) => {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
