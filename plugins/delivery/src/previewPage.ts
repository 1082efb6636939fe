import type { SanitizedConfig, TypedLocale } from 'payload'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { createHash } from 'crypto'
import { getPayload } from 'payload'

import { isPublishable, mayReadDrafts, previewRefusal } from './preview'
import { contentLocalesOf, defaultLocaleOf } from './site'

/**
 * The reader preview inside this app: `GET /preview/{collection}/{id}?locale=…&expires=…&sig=…`, the address
 * Live preview opens when no website is configured (`WEBSITE_URL` unset: the website is this server). It shows the
 * latest draft as a reader would see it — title, cover image, body, the AI notice readers get — in the chosen
 * locale. Only for signed-in staff who may read the item's drafts (as for preview links, ./preview.ts), and only
 * with the item's valid signed link; everyone else gets a 404 that says nothing about the item.
 */

const TEXT = {
  banner: {
    en: 'Preview of the saved draft — not published',
    kk: 'Сақталған жобаның алдын ала көрінісі — жарияланбаған',
    ru: 'Предпросмотр сохранённого черновика — не опубликовано',
  },
  expired: {
    en: 'This preview link is not valid or has expired. Open the preview again from the admin.',
    kk: 'Бұл алдын ала қарау сілтемесі жарамсыз немесе мерзімі өтіп кеткен. Алдын ала қарауды әкімшілік панельден қайта ашыңыз.',
    ru: 'Ссылка предпросмотра недействительна или устарела. Откройте предпросмотр заново из админки.',
  },
  notFound: {
    en: 'Nothing to preview here.',
    kk: 'Мұнда алдын ала көрсететін ештеңе жоқ.',
    ru: 'Здесь нечего показать.',
  },
} as const

const ENTITIES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}
const escape = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)

/**
 * Reloads the page when the admin reports a save (Payload's Live preview posts `payload-document-event` to the
 * frame after every save and autosave), and tells the admin the frame is ready. Its hash is in the page's policy.
 */
const REFRESH_SCRIPT =
  "(function(){var o=location.origin;if(window.parent!==window)window.parent.postMessage({type:'payload-live-preview',ready:true},o);" +
  "addEventListener('message',function(e){if(e.origin===o&&e.data&&e.data.type==='payload-document-event')location.reload()})})()"
const REFRESH_HASH = `'sha256-${createHash('sha256').update(REFRESH_SCRIPT).digest('base64')}'`

/**
 * A page that loads nothing from elsewhere and runs only its own refresh script; framed only by the admin (the Live
 * preview pane), which is this origin.
 */
export const PREVIEW_PAGE_POLICY = [
  "default-src 'none'",
  "img-src 'self' data: blob:",
  "media-src 'self'",
  "style-src 'unsafe-inline'",
  `script-src ${REFRESH_HASH}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ')

const STYLE = `body{font:17px/1.6 Georgia,'Times New Roman',serif;margin:0;color:#1a1a1a;background:#fff}
main{max-width:44rem;margin:0 auto;padding:1.5rem}
.preview-banner{font:600 13px/1.4 system-ui,sans-serif;background:#fff4e0;border-bottom:1px solid #e0a100;padding:.5rem 1rem;text-align:center}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0 1rem}
.excerpt{font-size:1.15rem;color:#444}
figure{margin:0 0 1.5rem}img{max-width:100%;height:auto}
.ai-notice{font:14px/1.5 system-ui,sans-serif;border-left:4px solid #5b6cff;background:#f2f4ff;padding:.6rem .9rem;margin:1rem 0}`

const page = (status: number, locale: string, title: string, content: string): Response =>
  new Response(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
      `<title>${escape(title)}</title><style>${STYLE}</style></head><body>${content}` +
      `<script>${REFRESH_SCRIPT}</script></body></html>`,
    {
      headers: {
        'Cache-Control': 'private, no-store',
        'Content-Security-Policy': PREVIEW_PAGE_POLICY,
        'Content-Type': 'text/html; charset=utf-8',
        'Referrer-Policy': 'same-origin',
        'X-Content-Type-Options': 'nosniff',
        // The admin's Live preview frames this page (same origin); no other site may.
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Robots-Tag': 'noindex',
      },
      status,
    },
  )

const notice = (status: number, locale: string, text: Record<string, string>) =>
  page(
    status,
    locale,
    text[locale] ?? text.en,
    `<main><p role="alert">${escape(text[locale] ?? text.en)}</p></main>`,
  )

type Media = {
  alt?: null | string
  sizes?: Record<string, { url?: null | string }>
  url?: null | string
}

const imageOf = (value: unknown): string => {
  if (!value || typeof value !== 'object') return ''
  const media = value as Media
  const src = media.sizes?.hero?.url || media.sizes?.card?.url || media.url
  if (!src) return ''
  return `<figure><img src="${escape(src)}" alt="${escape(media.alt ?? '')}"></figure>`
}

const bodyOf = (doc: Record<string, any>): string => {
  // Articles have `body`, the other types a `description`; both are Lexical rich text.
  const richText = [doc.body, doc.description].find(
    (value) => value && typeof value === 'object' && (value as { root?: unknown }).root,
  )
  if (richText) return convertLexicalToHTML({ data: richText, disableContainer: true })
  return ''
}

type RouteContext = { params: Promise<{ collection: string; id: string }> }

/** The Next route handler of `/preview/[collection]/[id]`. */
export const previewPageRoute =
  (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  async (request: Request, { params }: RouteContext): Promise<Response> => {
    const { collection, id } = await params
    const url = new URL(request.url)
    const asked = url.searchParams.get('locale')
    const resolved = await config
    const locale =
      asked !== null && contentLocalesOf(resolved).includes(asked)
        ? asked
        : defaultLocaleOf(resolved)
    const payload = await getPayload({ config })
    if (!isPublishable({ payload } as never, collection)) return notice(404, locale, TEXT.notFound)
    const { user } = await payload.auth({ headers: request.headers })
    // Not signed in, or not one of the item's staff: the same 404 as for an item that does not exist.
    if (!user || !(await mayReadDrafts(payload, user, collection, id)))
      return notice(404, locale, TEXT.notFound)
    if (
      previewRefusal(
        payload.secret,
        { collection, id },
        url.searchParams.get('expires') ?? undefined,
        url.searchParams.get('sig') ?? undefined,
      )
    )
      return notice(403, locale, TEXT.expired)
    const doc = (await payload.findByID({
      collection,
      depth: 1,
      disableErrors: true,
      draft: true,
      id,
      locale: locale as TypedLocale,
      overrideAccess: false,
      user,
    })) as null | Record<string, any>
    if (!doc) return notice(404, locale, TEXT.notFound)
    const title = typeof doc.title === 'string' ? doc.title : ''
    const aiNotice = doc.aiNotice?.label
      ? `<p class="ai-notice" data-kind="${escape(doc.aiNotice.kind)}" role="note">${escape(doc.aiNotice.label)}</p>`
      : ''
    return page(
      200,
      locale,
      title,
      `<div class="preview-banner" role="status">${escape((TEXT.banner as Record<string, string>)[locale] ?? TEXT.banner.en)}</div><main><article>` +
        `<h1>${escape(title)}</h1>` +
        (typeof doc.excerpt === 'string' && doc.excerpt
          ? `<p class="excerpt">${escape(doc.excerpt)}</p>`
          : '') +
        aiNotice +
        imageOf(doc.heroImage) +
        `<div class="body">${bodyOf(doc)}</div></article></main>`,
    )
  }
