import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectInLanguage } from '../helpers/languageChecks'
import { bootPayload } from '../helpers/payload'
import { type ApiServer, startApiServer } from './server'

/**
 * GraphQL requests that cannot run — graphql-js's syntax and validation errors, variables of the wrong type, the
 * complexity and depth bounds — are answered over HTTP in the caller's language (Accept-Language kk, ru, en), each
 * with a machine `extensions.code` per kind of error that is the same in every language, and the message still
 * names what was wrong (the field, argument, type or variable as written in the query).
 */

let payload: Payload
let server: ApiServer

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

type GraphQLError = { extensions?: { code?: string }; message: string }

const ask = async (
  language: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ errors: GraphQLError[]; status: number; text: string }> => {
  const response = await fetch(`${server.baseURL}/api/graphql`, {
    body: JSON.stringify({ query, variables }),
    headers: { 'Accept-Language': language, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const text = await response.text()
  return {
    errors: (JSON.parse(text) as { errors?: GraphQLError[] }).errors ?? [],
    status: response.status,
    text,
  }
}

const deepQuery = `{ Articles { docs { ${'region { parent { '.repeat(11)}id${' } }'.repeat(11)} } } }`
const complexQuery = `{ ${Array.from(
  { length: 60 },
  (_, i) => `a${i}: Articles(limit: 1) { docs { id region { id } rubric { id } } }`,
).join('\n')} }`

const cases: {
  code: string
  name: string
  query: string
  /** What the message must still name, in every language. */
  names: string[]
  variables?: Record<string, unknown>
}[] = [
  {
    code: 'GRAPHQL_PARSE_FAILED',
    name: 'a syntax error',
    names: ['1:35'],
    query: '{ Articles(limit: 1) { docs { id }',
  },
  {
    code: 'GRAPHQL_PARSE_FAILED',
    name: 'a syntax error (unexpected character)',
    names: ['"?"'],
    query: '{ Articles ? }',
  },
  {
    code: 'GRAPHQL_UNKNOWN_FIELD',
    name: 'an unknown field',
    names: ['noSuchField', 'Article'],
    query: '{ Articles(limit: 1) { docs { noSuchField } } }',
  },
  {
    code: 'GRAPHQL_UNKNOWN_FIELD',
    name: 'an unknown field with graphql-js’s suggestion',
    names: ['titl', 'Article', '"title"'],
    query: '{ Articles(limit: 1) { docs { titl } } }',
  },
  {
    code: 'GRAPHQL_UNKNOWN_ARGUMENT',
    name: 'an unknown argument',
    names: ['nope', 'Query.Articles'],
    query: '{ Articles(nope: 1) { docs { id } } }',
  },
  {
    code: 'GRAPHQL_UNKNOWN_TYPE',
    name: 'an unknown type',
    names: ['NoSuchType'],
    query: '{ Articles { docs { ... on NoSuchType { id } } } }',
  },
  {
    code: 'GRAPHQL_VARIABLE_TYPE',
    name: 'a variable of the wrong type',
    names: ['$l', 'String', 'Int'],
    query: 'query ($l: String) { Articles(limit: $l) { docs { id } } }',
  },
  {
    code: 'GRAPHQL_VARIABLE_TYPE',
    name: 'a variable given a value of the wrong type',
    names: ['$d', '"yes"', 'Boolean'],
    query: 'query ($d: Boolean) { Articles(draft: $d) { docs { id } } }',
    variables: { d: 'yes' },
  },
  {
    code: 'GRAPHQL_VALUE_TYPE',
    name: 'an argument of the wrong type',
    names: ['"yes"'],
    query: '{ Articles(draft: "yes") { docs { id } } }',
  },
  {
    code: 'GRAPHQL_VARIABLE_TYPE',
    name: 'a required variable not given',
    names: ['$id', 'Int!'],
    query: 'query ($id: Int!) { Article(id: $id) { id } }',
  },
  {
    code: 'GRAPHQL_UNKNOWN_VARIABLE',
    name: 'a variable not declared',
    names: ['$nope'],
    query: '{ Articles(limit: $nope) { docs { id } } }',
  },
  {
    code: 'GRAPHQL_MISSING_ARGUMENT',
    name: 'a required argument left out',
    names: ['id', 'Int!'],
    query: '{ Article { id } }',
  },
  {
    code: 'GRAPHQL_SELECTION',
    name: 'an object field without a selection',
    names: ['Articles'],
    query: '{ Articles }',
  },
  {
    code: 'GRAPHQL_TOO_COMPLEX',
    name: 'the complexity limit',
    names: ['600'],
    query: complexQuery,
  },
  {
    code: 'GRAPHQL_TOO_DEEP',
    name: 'the depth limit',
    names: ['20'],
    query: deepQuery,
  },
]

describe('GraphQL request errors in the caller’s language', () => {
  it.each(cases)('$name: $code in kk, ru and en', async ({ code, names, query, variables }) => {
    const answers = {
      en: await ask('en', query, variables),
      kk: await ask('kk-KZ,kk;q=0.9', query, variables),
      ru: await ask('ru', query, variables),
    }
    for (const [language, answer] of Object.entries(answers)) {
      expect(answer.status, answer.text.slice(0, 300)).toBe(400)
      const [error] = answer.errors
      expect(error?.extensions?.code, `${language}: ${answer.text.slice(0, 300)}`).toBe(code)
      expectInLanguage(language, error.message, `${language} ${code}`)
      for (const name of names) expect(error.message, language).toContain(name)
      // No untranslated graphql-js sentence is left in a Kazakh or Russian answer.
      if (language !== 'en')
        expect(error.message).not.toMatch(
          /Syntax Error|Cannot query|Unknown (argument|type)|used in position|got invalid value|cannot represent|exceeds the maximum/,
        )
    }
    expect(answers.kk.errors[0].message).not.toBe(answers.en.errors[0].message)
    expect(answers.ru.errors[0].message).not.toBe(answers.en.errors[0].message)
  })
})
