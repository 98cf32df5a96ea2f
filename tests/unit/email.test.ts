import { describe, expect, it } from 'vitest'

import { emailFrom, readEnv, smtpOf, StartupError } from '../../src/env'
import { htmlOf, textOf } from '../../src/plugins/email/html'
import { eventsOf } from '../../src/plugins/notifications/delegations'

describe('SMTP and queue settings', () => {
  it('sends nowhere but the local capture without SMTP_HOST', () => {
    expect(smtpOf(readEnv({}))).toBeUndefined()
    expect(smtpOf(readEnv({ SMTP_HOST: '' }))).toBeUndefined()
  })

  it('uses the submission port, or 465 for TLS from the first byte', () => {
    expect(smtpOf(readEnv({ SMTP_HOST: 'smtp.example' }))).toEqual({
      host: 'smtp.example',
      port: 587,
      secure: false,
      auth: undefined,
    })
    expect(smtpOf(readEnv({ SMTP_HOST: 'smtp.example', SMTP_SECURE: 'true' }))?.port).toBe(465)
    expect(
      smtpOf(
        readEnv({
          SMTP_HOST: 'smtp.example',
          SMTP_PORT: '2525',
          SMTP_USER: 'pole',
          SMTP_PASSWORD: 'secret',
        }),
      ),
    ).toMatchObject({ port: 2525, auth: { user: 'pole', pass: 'secret' } })
  })

  it('names what is wrong', () => {
    expect(() => readEnv({ SMTP_PORT: 'vingt-cinq' })).toThrow(/SMTP_PORT/)
    expect(() => readEnv({ SMTP_SECURE: 'yes' })).toThrow(/SMTP_SECURE/)
    expect(() => readEnv({ EMAIL_FROM: 'Pôle <pas une adresse>' })).toThrow(/EMAIL_FROM/)
    expect(() => readEnv({ JOBS_RUN_EVERY_SECONDS: '0' })).toThrow(/JOBS_RUN_EVERY_SECONDS/)
    expect(() => smtpOf(readEnv({ SMTP_HOST: 'smtp.example', SMTP_USER: 'pole' }))).toThrow(
      StartupError,
    )
    expect(() => smtpOf(readEnv({ SMTP_HOST: 'smtp.example', SMTP_USER: 'pole' }))).toThrow(
      /SMTP_PASSWORD/,
    )
  })

  it('sends as EMAIL_FROM, else as the Pôle from the server’s own name', () => {
    expect(emailFrom(readEnv({ SERVER_URL: 'https://pole.example' }))).toEqual({
      name: 'Pôle métiers',
      address: 'noreply@pole.example',
    })
    expect(emailFrom(readEnv({ EMAIL_FROM: '"Unadel" <contact@unadel.example>' }))).toEqual({
      name: 'Unadel',
      address: 'contact@unadel.example',
    })
    expect(emailFrom(readEnv({ EMAIL_FROM: 'contact@unadel.example' }))).toEqual({
      name: '',
      address: 'contact@unadel.example',
    })
  })
})

describe('messages', () => {
  it('escapes what people wrote and keeps links clickable', () => {
    const parts = ['« <b>Titre</b> » & co', { link: 'https://pole.example/admin?a=1&b=2' }]
    expect(htmlOf(parts)).toBe(
      '<p>« &lt;b&gt;Titre&lt;/b&gt; » &amp; co</p>\n<p><a href="https://pole.example/admin?a=1&amp;b=2">https://pole.example/admin?a=1&amp;b=2</a></p>',
    )
    expect(textOf(parts)).toBe('« <b>Titre</b> » & co\n\nhttps://pole.example/admin?a=1&b=2')
  })
})

describe('what is said of a delegation on a given day', () => {
  const today = '2026-11-28'

  it('announces a start within the notice, not one from years ago', () => {
    expect(eventsOf('2026-11-28', undefined, today, 7)).toEqual([
      { kind: 'started', day: '2026-11-28' },
    ])
    expect(eventsOf('2026-11-21', undefined, today, 7)).toEqual([
      { kind: 'started', day: '2026-11-21' },
    ])
    expect(eventsOf('2026-11-20', undefined, today, 7)).toEqual([])
    expect(eventsOf('2014-01-01', undefined, today, 7)).toEqual([])
  })

  it('says nothing of a delegation still to come', () => {
    expect(eventsOf('2026-11-29', '2026-12-01', today, 7)).toEqual([])
  })

  it('warns a week before the end, the last day included', () => {
    expect(eventsOf('2014-01-01', '2026-12-05', today, 7)).toEqual([
      { kind: 'ending', day: '2026-12-05' },
    ])
    expect(eventsOf('2014-01-01', '2026-11-28', today, 7)).toEqual([
      { kind: 'ending', day: '2026-11-28' },
    ])
    expect(eventsOf('2014-01-01', '2026-12-06', today, 7)).toEqual([])
  })

  it('announces an end from the next day on, within the notice', () => {
    expect(eventsOf('2014-01-01', '2026-11-27', today, 7)).toEqual([
      { kind: 'ended', day: '2026-11-27' },
    ])
    expect(eventsOf('2014-01-01', '2026-11-20', today, 7)).toEqual([])
  })

  it('says both of a short delegation that starts today', () => {
    expect(eventsOf('2026-11-28', '2026-11-30', today, 7)).toEqual([
      { kind: 'started', day: '2026-11-28' },
      { kind: 'ending', day: '2026-11-30' },
    ])
  })
})
