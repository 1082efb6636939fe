import type { ServerProps } from 'payload'

import React from 'react'

type Language = 'en' | 'kk' | 'ru'

export const SIGNING_NOTICE: Record<'off' | 'on', Record<Language, string>> = {
  off: {
    en: 'Content Credentials are off: no signing certificate is configured (C2PA_SIGN_CERT, C2PA_SIGN_KEY), so published pictures are not signed.',
    kk: 'Контент тегінің куәлігі өшірулі: қол қою сертификаты бапталмаған (C2PA_SIGN_CERT, C2PA_SIGN_KEY), сондықтан жарияланған суреттерге қол қойылмайды.',
    ru: 'Учётные данные контента выключены: сертификат подписи не настроен (C2PA_SIGN_CERT, C2PA_SIGN_KEY), поэтому опубликованные изображения не подписываются.',
  },
  on: {
    en: 'When this picture is published, the sizes websites receive are signed with the organisation’s certificate (C2PA): JPEG, PNG, WebP, AVIF, GIF and TIFF pictures; other files (SVG, sound, video) are not signed.',
    kk: 'Сурет жарияланғанда сайттар алатын өлшемдерге ұйымның сертификатымен қол қойылады (C2PA): JPEG, PNG, WebP, AVIF, GIF және TIFF суреттері; басқа файлдарға (SVG, дыбыс, бейне) қол қойылмайды.',
    ru: 'Когда изображение публикуется, размеры, которые получают сайты, подписываются сертификатом организации (C2PA): изображения JPEG, PNG, WebP, AVIF, GIF и TIFF; другие файлы (SVG, звук, видео) не подписываются.',
  },
}

type Props = Partial<ServerProps> & {
  /** Whether a certificate is configured (a server prop set by the plugin from its resolved options). */
  signingOn: boolean
}

/** Above the media file's Content Credentials: whether published pictures are signed at all, in the editor's language. */
export const SigningNotice: React.FC<Props> = ({ i18n, signingOn }) => {
  const texts = SIGNING_NOTICE[signingOn ? 'on' : 'off']
  const text = texts[(i18n?.language ?? 'en') as Language] ?? texts.en
  return (
    <p
      className={signingOn ? 'field-description' : 'field-description ai-ethics-signing-off'}
      data-signing={signingOn ? 'on' : 'off'}
      id="ai-ethics-signing-notice"
      role={signingOn ? undefined : 'status'}
      style={
        signingOn ? undefined : { color: 'var(--theme-warning-700, #a15c00)', fontWeight: 600 }
      }
    >
      {text}
    </p>
  )
}
