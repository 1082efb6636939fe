import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

// The admin hooks the hold notice and cell read, as the edit view and the list give them.
const ui = vi.hoisted(() => ({
  fields: {} as Record<string, { value: unknown }>,
  language: 'kk',
  saved: undefined as Record<string, unknown> | undefined,
}))
vi.mock('@payloadcms/ui', () => ({
  useDocumentInfo: () => ({ savedDocumentData: ui.saved }),
  useFormFields: (select: (context: [Record<string, { value: unknown }>]) => unknown) =>
    select([ui.fields]),
  useTranslation: () => ({ i18n: { language: ui.language } }),
}))

const { EthicsHoldCell } = await import('../../plugins/ai-ethics/src/admin/EthicsHoldCell')
const { EthicsHoldNotice } = await import('../../plugins/ai-ethics/src/admin/EthicsHoldNotice')

const cell = (status: string | undefined, language = 'kk') => {
  ui.language = language
  return renderToStaticMarkup(
    createElement(EthicsHoldCell, {
      cellData: undefined,
      rowData: status ? { ethicsReview: { status } } : {},
    } as never),
  )
}

const notice = (
  form: { flags?: number; note?: string; status?: string },
  language = 'kk',
  saved?: Record<string, unknown>,
) => {
  ui.language = language
  ui.saved = saved
  ui.fields = {
    ...(form.status !== undefined ? { 'ethicsReview.status': { value: form.status } } : {}),
    ...(form.flags !== undefined ? { 'ethicsReview.flags': { value: form.flags } } : {}),
    ...(form.note !== undefined ? { 'ethicsReview.note': { value: form.note } } : {}),
  }
  return renderToStaticMarkup(createElement(EthicsHoldNotice))
}

describe('the list column of items the ethics review holds back', () => {
  it('says "held" in the admin language for pending and rejected items, and nothing for the others', () => {
    expect(cell('pending')).toContain('Этикалық тексеруде')
    expect(cell('pending', 'ru')).toContain('На этической проверке')
    expect(cell('pending', 'en')).toContain('Held: ethics review')
    expect(cell('rejected')).toContain('Этика бойынша қабылданбады')
    expect(cell('rejected', 'ru')).toContain('Отклонено этической проверкой')
    for (const status of ['not_required', 'cleared', undefined]) expect(cell(status)).toBe('')
  })
})

describe('the notice at the top of a held item', () => {
  it('tells a pending item is held until a reviewer clears it, with the number of signals, in kk, ru and en', () => {
    const kk = notice({ flags: 2, status: 'pending' })
    expect(kk).toContain('data-testid="ethics-hold-notice"')
    expect(kk).toContain('Этикалық тексеруде')
    expect(kk).toContain('(2 белгі)')
    expect(notice({ flags: 2, status: 'pending' }, 'ru')).toContain('сигналов: 2')
    expect(notice({ flags: 1, status: 'pending' }, 'en')).toContain(
      'cannot be published or scheduled until an ethics reviewer clears it',
    )
  })

  it('tells a rejected item why, with the reviewer’s note', () => {
    const html = notice({ flags: 1, note: 'Дереккөз жоқ', status: 'rejected' })
    expect(html).toContain('Этика сарапшысы бұл материалды қабылдамады')
    expect(html).toContain('Дереккөз жоқ')
  })

  it('follows the saved document when the form has no review yet, and shows nothing for items not held', () => {
    expect(notice({}, 'en', { ethicsReview: { flags: [{}], status: 'pending' } })).toContain(
      '(1 signals)',
    )
    expect(notice({ status: 'cleared' })).toBe('')
    expect(notice({ status: 'not_required' })).toBe('')
    expect(notice({})).toBe('')
  })
})
