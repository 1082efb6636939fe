import { SMTPServer } from 'smtp-server'

/** One message as the mail server received it: the SMTP envelope plus the decoded subject and text. */
export type ReceivedMail = {
  from: string
  rcptTo: string[]
  subject: string
  text: string
  raw: string
}

/** RFC 2047 encoded words (`=?UTF-8?B?...?=`, `=?UTF-8?Q?...?=`), as nodemailer writes non-ASCII headers. */
const ENCODED_WORD = /=\?[^?]+\?([BbQq])\?([^?]*)\?=/g

/** Adjacent encoded words form one byte sequence (a character may be split between them): decode them together. */
const decodeWords = (value: string): string =>
  value.replace(/=\?[^?]+\?[BbQq]\?[^?]*\?=(?:\s+=\?[^?]+\?[BbQq]\?[^?]*\?=)*/g, (run) => {
    const bytes = [...run.matchAll(ENCODED_WORD)].map(([, encoding, text]) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : quotedPrintableBytes(text.replace(/_/g, ' ')),
    )
    return Buffer.concat(bytes).toString('utf8')
  })

const quotedPrintableBytes = (value: string): Buffer => {
  const bytes: number[] = []
  const text = value.replace(/=\r?\n/g, '')
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'))
    }
  }
  return Buffer.from(bytes)
}

/** Just enough MIME for a single-part text/plain message: unfolded headers and the decoded body. */
const parse = (raw: string): { headers: Record<string, string>; text: string } => {
  const split = raw.search(/\r?\n\r?\n/)
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '')
  const headers: Record<string, string> = {}
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase()
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? quotedPrintableBytes(body).toString('utf8')
        : body
  return { headers, text: text.replace(/\r\n/g, '\n') }
}

/** A real SMTP server on 127.0.0.1 that keeps every message it is sent, for tests of outgoing e-mail. */
export const startSmtpReceiver = async (port: number) => {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const { headers, text } = parse(raw)
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw,
          rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          subject: decodeWords(headers.subject ?? ''),
          text,
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return {
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
