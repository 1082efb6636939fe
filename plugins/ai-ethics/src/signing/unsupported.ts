/** The sentence a public media file carries when its format is not signed, in the newsroom's languages. */
const UNSUPPORTED: Record<'en' | 'kk' | 'ru', (file: string) => string> = {
  en: (file) =>
    `Not signed: Content Credentials are embedded only in JPEG, PNG, WebP, AVIF, HEIF, GIF and TIFF pictures; the public gets this ${file} without them.`,
  kk: (file) =>
    `Қол қойылмады: Content Credentials тек JPEG, PNG, WebP, AVIF, HEIF, GIF және TIFF суреттеріне енгізіледі; оқырмандар бұл ${file} файлын оларсыз алады.`,
  ru: (file) =>
    `Не подписано: Content Credentials встраиваются только в изображения JPEG, PNG, WebP, AVIF, HEIF, GIF и TIFF; читатели получают этот файл ${file} без них.`,
}

/**
 * What the media file says when the public gets it unsigned because of its format: stored in English, and said
 * again in the reader's language when read (the `error` field's afterRead, ../fields/ethicsFields.ts).
 */
export const unsupportedMessage = (
  mimeType: null | string | undefined,
  language: string = 'en',
): string =>
  (UNSUPPORTED[language as keyof typeof UNSUPPORTED] ?? UNSUPPORTED.en)(mimeType || 'file')
