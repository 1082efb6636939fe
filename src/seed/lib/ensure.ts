import type { CollectionSlug, File, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { KEEP_UPLOAD_FILENAME } from '../../../collections/Media/hooks/uniqueFilename'

/**
 * Idempotent "create what is missing" for the seed. Documents are looked up by a natural key
 * (slug, email, fullName, filename); a missing one is created in Kazakh (the default locale) and then
 * translated with one update per extra locale. An existing one is left alone, except that a missing
 * translation or an empty link listed in `fillIfEmpty` is filled in. Nothing is ever overwritten.
 */

export type Log = (line: string) => void

/**
 * Every seed write carries this context, so hooks can tell a seed job from an editor, and none sends e-mail. The seed finds its demo
 * files again by name, so they keep the names it gives them (no unique suffix).
 */
export const SEED_CONTEXT = {
  [KEEP_UPLOAD_FILENAME]: true,
  // Demo items flagged by the AI-ethics review e-mail nobody (plugins/ai-ethics notifyReviewers).
  disableNotifications: true,
  seed: true,
} as const

export const EXTRA_LOCALES = ['ru', 'en'] as const
export type ExtraLocale = (typeof EXTRA_LOCALES)[number]

export type Outcome = 'completed' | 'created' | 'unchanged'
export type Counts = Record<Outcome, number> & { total: number }

export type DocID = number | string
type AnyDoc = Record<string, unknown> & { id: DocID }

export type EnsureItem<S extends CollectionSlug> = {
  /** Value of the natural key field. */
  key: string
  /** The Kazakh document to create (called only when it is missing), with the file for uploads. */
  create: () =>
    | Promise<{ data: RequiredDataFromCollectionSlug<S>; file?: File }>
    | { data: RequiredDataFromCollectionSlug<S>; file?: File }
  /**
   * The translation of a document into other locales. Receives the stored document (rows of arrays keep
   * their ids) and returns, per locale, the data to write with `locale` set.
   */
  translate?: (doc: AnyDoc) => Partial<Record<ExtraLocale, Record<string, unknown>>>
  /** Fields set on an existing document only when they are still empty (links made by later steps). */
  fillIfEmpty?: Record<string, unknown>
}

/** A step of the seed: counts what it did and prints one progress line when it ends. */
export class Step {
  private readonly counts: Counts = { completed: 0, created: 0, total: 0, unchanged: 0 }
  private readonly started = Date.now()
  private done = 0

  constructor(
    readonly label: string,
    readonly total: number,
    private readonly log: Log,
    private readonly every = 0,
  ) {
    this.counts.total = total
  }

  tick(outcome: Outcome): void {
    this.counts[outcome]++
    this.done++
    if (
      this.every > 0 &&
      this.counts.created > 0 &&
      this.done < this.total &&
      this.done % this.every === 0
    ) {
      this.log(`${this.label.padEnd(17)} ${this.done}/${this.total} ...`)
    }
  }

  finish(): Counts {
    const { completed, created, unchanged } = this.counts
    const parts = [`${created} created`]
    if (completed > 0) parts.push(`${completed} completed`)
    parts.push(`${unchanged} unchanged`)
    this.log(
      `${this.label.padEnd(17)} ${`${this.done}/${this.total}`.padStart(5)}  ${parts.join(', ')}  (${Date.now() - this.started} ms)`,
    )
    return { ...this.counts }
  }
}

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/** A localized value as read with `locale: 'all'`: `{ kk, ru, en }` (or a plain value on some adapters' edge cases). */
const localeValue = (value: unknown, locale: string): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[locale]
    : undefined

/**
 * Makes sure every item exists in `collection`, looked up by `keyField`, and returns the ids by key.
 * `translatedField` is the localized field whose presence in a locale shows that the translation was written.
 */
export const ensureAll = async <S extends CollectionSlug>(
  payload: Payload,
  step: Step,
  {
    collection,
    items,
    keyField,
    translatedField,
    uploads = false,
  }: {
    collection: S
    items: EnsureItem<S>[]
    keyField: string
    translatedField?: string
    /** Replace a file left on disk by an earlier run instead of writing `name-1.ext` next to it. */
    uploads?: boolean
  },
): Promise<Map<string, DocID>> => {
  const ids = new Map<string, DocID>()
  const keys = items.map((item) => item.key)
  const found = await payload.find({
    collection,
    depth: 0,
    limit: keys.length,
    locale: 'all',
    pagination: false,
    where: { [keyField]: { in: keys } },
  } as never)
  const existing = new Map<string, AnyDoc>()
  for (const doc of found.docs as unknown as AnyDoc[]) existing.set(String(doc[keyField]), doc)

  for (const item of items) {
    let doc = existing.get(item.key)
    let outcome: Outcome = 'unchanged'
    const pendingLocales: ExtraLocale[] = []

    if (!doc) {
      const { data, file } = await item.create()
      doc = (await payload.create({
        collection,
        context: SEED_CONTEXT,
        data,
        depth: 0,
        ...(file ? { file } : {}),
        ...(uploads ? { overwriteExistingFiles: true } : {}),
      } as never)) as unknown as AnyDoc
      outcome = 'created'
      pendingLocales.push(...EXTRA_LOCALES)
    } else {
      if (translatedField) {
        for (const locale of EXTRA_LOCALES) {
          if (isEmpty(localeValue(doc[translatedField], locale))) pendingLocales.push(locale)
        }
      }
      const fill = Object.fromEntries(
        Object.entries(item.fillIfEmpty ?? {}).filter(
          ([name, value]) => !isEmpty(value) && isEmpty(doc![name]),
        ),
      )
      if (Object.keys(fill).length > 0) {
        await payload.update({
          collection,
          context: SEED_CONTEXT,
          data: fill,
          depth: 0,
          id: doc.id,
        } as never)
        outcome = 'completed'
      }
    }

    const translations = item.translate?.(doc) ?? {}
    for (const locale of pendingLocales) {
      const data = translations[locale]
      if (!data || Object.keys(data).length === 0) continue
      await payload.update({
        collection,
        context: SEED_CONTEXT,
        data,
        depth: 0,
        id: doc.id,
        locale,
      } as never)
      if (outcome === 'unchanged') outcome = 'completed'
    }

    ids.set(item.key, doc.id)
    step.tick(outcome)
  }
  return ids
}

/** Looks an id up by natural key and fails with a message naming both when it is missing. */
export const idOf = (ids: Map<string, DocID>, key: string, what: string): DocID => {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`seed: no ${what} "${key}"`)
  return id
}
