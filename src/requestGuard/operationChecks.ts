import type { CollectionBeforeOperationHook, Config, Plugin } from 'payload'

import { ValidationError } from 'payload'

import { languageOf } from '../errors/language'
import { renderMessage } from '../errors/messages'
import { RequestError } from '../errors/RequestError'
import { dataShapeProblems } from './dataShape'

const isPlainObject = (value: unknown) =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * `beforeOperation` of every collection, for what the HTTP guard cannot see:
 * - the data of a create or update must be an object: an upload's `_payload` form field is parsed by Payload
 *   itself, after the guard streamed the file through (`null` there would reach the field hooks);
 * - each value must have a JSON type its field can hold (`dataShape.ts`): 400 naming the fields, before any
 *   hook reads the data (GraphQL's input types do this for GraphQL; REST and the Local API need it).
 */
export const checkOperationArgs: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data } = args as { data?: unknown }
  if ((operation !== 'create' && operation !== 'update') || data === undefined) return args
  if (!isPlainObject(data)) {
    throw new RequestError(400, 'INVALID_BODY', {
      got: data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data,
    })
  }
  const localeCodes = req.payload.config.localization
    ? req.payload.config.localization.localeCodes
    : []
  const problems = dataShapeProblems(
    collection.flattenedFields,
    data as Record<string, unknown>,
    localeCodes,
    req.payload.db.defaultIDType === 'number' ? 'number' : 'text',
  )
  if (problems.length > 0) {
    const language = languageOf(req)
    const errors = problems.map(({ expected, got, path }) => ({
      message: renderMessage('VALIDATION_FAILED.type', { expected, got }, language),
      path,
    }))
    throw new ValidationError({ collection: collection.slug, errors }, req.t)
  }
  return args
}

/** Appends `checkOperationArgs` to every collection the config has when the plugin runs (hooks are never replaced). */
export const operationChecksPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), checkOperationArgs],
    },
  })),
})
