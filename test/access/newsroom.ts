import type { CollectionSlug, Payload } from 'payload'

import { formatNames, toWords } from 'payload'

import type { Region } from '../../src/payload-types'
import type { ApiServer } from '../delivery/server'
import { createRegion, createUser, loginToken, type SignedInUser } from '../helpers/factories'

import { type Persona } from './matrix'

export { type Persona, PERSONAS } from './matrix'
export type SignedInPersona = Exclude<Persona, 'anonymous'>

export type Newsroom = {
  regionA: Region
  regionB: Region
  people: Record<SignedInPersona, SignedInUser>
  tokens: Record<Persona, string | undefined>
}

/** Regions A and B and one signed-in person per persona (journalists and the regional editor attached to theirs). */
export const createNewsroom = async (payload: Payload): Promise<Newsroom> => {
  const regionA = await createRegion(payload)
  const regionB = await createRegion(payload)
  const people: Newsroom['people'] = {
    admin: await createUser(payload, { roles: ['admin'] }),
    chief: await createUser(payload, { roles: ['chief-editor'] }),
    editorA: await createUser(payload, { regions: [regionA.id], roles: ['regional-editor'] }),
    ethics: await createUser(payload, { roles: ['ethics-reviewer'] }),
    journalistA: await createUser(payload, { regions: [regionA.id], roles: ['journalist'] }),
    journalistB: await createUser(payload, { regions: [regionB.id], roles: ['journalist'] }),
  }
  const tokens = { anonymous: undefined } as Newsroom['tokens']
  for (const [persona, user] of Object.entries(people))
    tokens[persona as SignedInPersona] = await loginToken(payload, user.email)
  return { people, regionA, regionB, tokens }
}

export type HttpResult = { body: any; headers: Headers; status: number }

/** REST and GraphQL over real HTTP against the test server, as the given persona. */
export const httpClient = (server: ApiServer, newsroom: Newsroom) => {
  const send = async (
    persona: Persona,
    path: string,
    init: RequestInit = {},
  ): Promise<HttpResult> => {
    const headers = new Headers(init.headers)
    const token = newsroom.tokens[persona]
    if (token) headers.set('Authorization', `JWT ${token}`)
    if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
    const response = await fetch(`${server.baseURL}${path}`, { ...init, headers })
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON (a file): keep the text
    }
    return { body, headers: response.headers, status: response.status }
  }
  return {
    delete: (persona: Persona, path: string) => send(persona, path, { method: 'DELETE' }),
    get: (persona: Persona, path: string) => send(persona, path),
    graphql: (persona: Persona, query: string, variables?: Record<string, unknown>) =>
      send(persona, '/api/graphql', { body: JSON.stringify({ query, variables }), method: 'POST' }),
    patch: (persona: Persona, path: string, json: unknown) =>
      send(persona, path, { body: JSON.stringify(json), method: 'PATCH' }),
    post: (persona: Persona, path: string, json?: unknown) =>
      send(persona, path, {
        body: json === undefined ? undefined : JSON.stringify(json),
        method: 'POST',
      }),
    postForm: (persona: Persona, path: string, form: FormData) =>
      send(persona, path, { body: form, method: 'POST' }),
  }
}
export type HttpClient = ReturnType<typeof httpClient>

/** GraphQL names Payload gives a collection (`Articles`, `Article`, …), derived as its schema builder derives them. */
export const graphqlNames = (payload: Payload, slug: CollectionSlug) => {
  const config = payload.collections[slug]?.config
  if (!config || config.graphQL === false) return undefined
  const fromSlug = formatNames(slug)
  const singular = config.graphQL?.singularName
    ? toWords(config.graphQL.singularName, true)
    : fromSlug.singular
  const plural = config.graphQL?.pluralName
    ? toWords(config.graphQL.pluralName, true)
    : fromSlug.plural
  return { plural: singular === plural ? `all${singular}` : plural, singular }
}

/** The status a GraphQL answer stands for: the first error's status, or 200 when the field came back. */
export const graphqlStatus = (result: HttpResult, field: string): number => {
  if (result.status !== 200) return result.status
  const error = result.body?.errors?.[0]
  if (error) return Number(error.extensions?.statusCode ?? 500)
  return result.body?.data?.[field] === undefined ? 500 : 200
}

/** An id as a GraphQL literal: numbers bare (SQL adapters), strings quoted (MongoDB). */
export const gqlId = (id: number | string): string =>
  typeof id === 'number' ? String(id) : JSON.stringify(id)
