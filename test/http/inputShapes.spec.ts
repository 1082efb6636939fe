import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalShapeProblem, RICH_TEXT_MAX_DEPTH } from '../../src/fields/richTextShape'
import { nestingExceeds } from '../../src/requestGuard/body'
import { dataShapeProblems } from '../../src/requestGuard/dataShape'
import { richText } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'

/** The shape checks on their own, with the inputs the admin really sends beside the ones it never does. */

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const articleFields = () => payload.collections.articles.config.flattenedFields
const LOCALES = ['kk', 'ru', 'en']

describe('data shape per field', () => {
  it('accepts what the admin sends: strings, numbers, booleans, groups, an untouched list as its row count, one value per locale', () => {
    const data = {
      aiDisclosure: { tools: ['ChatGPT'], usage: 'assisted' },
      ethicsReview: { flags: 0 },
      excerpt: null,
      contributors: [1, { id: 2, fullName: 'Populated' }],
      region: '3',
      title: { kk: 'Тақырып', ru: 'Заголовок' },
    }
    expect(dataShapeProblems(articleFields(), data, LOCALES, 'number')).toEqual([])
  })

  it('refuses a list for a text, a string for a group, rows that are not objects, ids that are not ids, two ids for one relation', () => {
    const data = {
      aiDisclosure: 'yes',
      contributors: 5,
      ethicsReview: { flags: ['x'] },
      heroImage: { id: { $gt: 0 } },
      region: [1, 20],
      rubric: 'abc',
      title: ['a', 'b'],
    }
    expect(
      dataShapeProblems(articleFields(), data, LOCALES, 'number')
        .map(({ expected, path }) => `${path}: ${expected}`)
        .sort(),
    ).toEqual([
      'aiDisclosure: object',
      'contributors: list',
      'ethicsReview.flags: rows',
      'heroImage: id',
      'region: id',
      'rubric: id',
      'title: text',
    ])
  })
})

describe('rich text shape', () => {
  const types = new Set(['root', 'paragraph', 'text', 'linebreak', 'tab', 'list', 'listitem'])

  it('accepts a Lexical document and an empty value', () => {
    expect(lexicalShapeProblem(richText('Мәтін'), types)).toBeUndefined()
    expect(lexicalShapeProblem(null, types)).toBeUndefined()
  })

  it('refuses what is not one, unknown elements, and nesting past the bound — even 100,000 deep, without recursion', () => {
    expect(lexicalShapeProblem({ root: 'nope' }, types)?.key).toBe('RICH_TEXT_INVALID.shape')
    expect(
      lexicalShapeProblem(
        { root: { children: [{ children: 'x', type: 'paragraph' }], type: 'root' } },
        types,
      )?.key,
    ).toBe('RICH_TEXT_INVALID.shape')
    expect(
      lexicalShapeProblem({ root: { children: [{ type: 'script' }], type: 'root' } }, types),
    ).toMatchObject({ key: 'RICH_TEXT_INVALID.unknownNode', params: { type: 'script' } })
    let node: Record<string, unknown> = { text: 'x', type: 'text' }
    for (let level = 0; level < 100_000; level++) node = { children: [node], type: 'paragraph' }
    expect(lexicalShapeProblem({ root: { children: [node], type: 'root' } }, types)).toMatchObject({
      key: 'RICH_TEXT_INVALID.tooDeep',
      params: { max: RICH_TEXT_MAX_DEPTH },
    })
  })
})

describe('JSON nesting', () => {
  it('counts brackets and braces outside strings', () => {
    expect(nestingExceeds('{"a":[[["x"]]]}', 4)).toBe(false)
    expect(nestingExceeds('{"a":[[[["x"]]]]}', 4)).toBe(true)
    expect(nestingExceeds(`{"a":"${'['.repeat(1000)}"}`, 4)).toBe(false)
    expect(nestingExceeds('{"a":"\\"[[[[[["}', 2)).toBe(false)
  })
})
