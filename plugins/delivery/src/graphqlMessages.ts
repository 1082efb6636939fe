import type { MessageParams } from '../../shared/messages'

import { type DeliveryMessageKey, deliveryMessage } from './messages'

/**
 * graphql-js (and Payload's complexity rule) report a query that cannot run in English sentences only. Their wording
 * is fixed per kind of error (graphql-js 16), so each kind is recognised here and said again from the catalogue in
 * the caller's language: the key gives the machine `extensions.code` (GRAPHQL_UNKNOWN_FIELD…), the names the
 * sentence quotes (field, argument, type, variable, value) are kept as written in the query.
 */
export type GraphQLMessage = { key: DeliveryMessageKey; params: MessageParams }

/** How graphql-js names a token: `<EOF>`, `Name "foo"`, `"}"`; the kinds a person cannot read are said in words. */
const token = (description: string): MessageParams[string] => {
  if (description === '<EOF>')
    return { en: 'the end of the query', kk: 'сұраудың соңы', ru: 'конец запроса' }
  if (description === 'Name') return { en: 'a name', kk: 'атау', ru: 'имя' }
  const name = /^Name (".*")$/.exec(description)
  if (name) return { en: `the name ${name[1]}`, kk: `${name[1]} атауы`, ru: `имя ${name[1]}` }
  return description
}

type Pattern = [RegExp, (match: RegExpExecArray) => GraphQLMessage]

/** graphql-js's syntax errors (language/lexer.js, parser.js), without their "Syntax Error: " prefix. */
const SYNTAX: Pattern[] = [
  [
    /^Expected (.+?), found (.+)\.$/,
    ([, expected, found]) => ({
      key: 'GRAPHQL_PARSE_FAILED.expected',
      params: { expected: token(expected), found: token(found) },
    }),
  ],
  [
    /^Unexpected character: (.+)\.$/,
    ([, found]) => ({ key: 'GRAPHQL_PARSE_FAILED.character', params: { found } }),
  ],
  [
    /^Unexpected (.+)\.$/,
    ([, found]) => ({ key: 'GRAPHQL_PARSE_FAILED.unexpected', params: { found: token(found) } }),
  ],
  [/^Unterminated string\.$/, () => ({ key: 'GRAPHQL_PARSE_FAILED.unterminated', params: {} })],
]

/** graphql-js's validation and variable errors, and the complexity rule's; the suggestion is handled apart. */
const VALIDATION: Pattern[] = [
  [
    /^Cannot query field "(.+?)" on type "(.+?)"\.$/,
    ([, field, type]) => ({ key: 'GRAPHQL_UNKNOWN_FIELD', params: { field, type } }),
  ],
  [
    /^Unknown argument "(.+?)" on field "(.+?)"\.$/,
    ([, argument, field]) => ({ key: 'GRAPHQL_UNKNOWN_ARGUMENT', params: { argument, field } }),
  ],
  [
    /^Unknown argument "(.+?)" on directive "(.+?)"\.$/,
    ([, argument, directive]) => ({
      key: 'GRAPHQL_UNKNOWN_ARGUMENT.directive',
      params: { argument, directive },
    }),
  ],
  [/^Unknown type "(.+?)"\.$/, ([, type]) => ({ key: 'GRAPHQL_UNKNOWN_TYPE', params: { type } })],
  [
    /^Unknown fragment "(.+?)"\.$/,
    ([, fragment]) => ({ key: 'GRAPHQL_UNKNOWN_FRAGMENT', params: { fragment } }),
  ],
  [
    /^Unknown directive "(.+?)"\.$/,
    ([, directive]) => ({ key: 'GRAPHQL_UNKNOWN_DIRECTIVE', params: { directive } }),
  ],
  [
    /^Variable "(\$.+?)" of type "(.+?)" used in position expecting type "(.+?)"\.$/,
    ([, variable, type, expected]) => ({
      key: 'GRAPHQL_VARIABLE_TYPE',
      params: { expected, type, variable },
    }),
  ],
  [
    /^Variable "(\$.+?)" got invalid value (.+?)(?: at "[^"]*")?; (?:Enum "(\w+)"|(\w+)) cannot represent .*$/s,
    ([, variable, value, enumType, scalar]) => ({
      key: 'GRAPHQL_VARIABLE_TYPE.value',
      params: { type: enumType ?? scalar, value, variable },
    }),
  ],
  [
    /^Variable "(\$.+?)" got invalid value (.+?)(?: at "[^"]*")?; .*$/s,
    ([, variable, value]) => ({
      key: 'GRAPHQL_VARIABLE_TYPE.invalid',
      params: { value, variable },
    }),
  ],
  [
    /^Variable "(\$.+?)" of (?:required|non-null) type "(.+?)" (?:was not provided|must not be null)\.$/,
    ([, variable, type]) => ({ key: 'GRAPHQL_VARIABLE_TYPE.missing', params: { type, variable } }),
  ],
  [
    /^Variable "(\$.+?)" is not defined(?: by operation "(?:.+?)")?\.$/,
    ([, variable]) => ({ key: 'GRAPHQL_UNKNOWN_VARIABLE', params: { variable } }),
  ],
  [
    /^Variable "(\$.+?)" is never used(?: in operation "(?:.+?)")?\.$/,
    ([, name]) => ({ key: 'GRAPHQL_UNUSED_DEFINITION', params: { name } }),
  ],
  [
    /^Fragment "(.+?)" is never used\.$/,
    ([, name]) => ({ key: 'GRAPHQL_UNUSED_DEFINITION', params: { name } }),
  ],
  [
    /^(?:Enum "(\w+)"|(\w+)) cannot represent [^:]*: (.+?)\.?$/s,
    ([, enumType, scalar, value]) => ({
      key: 'GRAPHQL_VALUE_TYPE',
      params: { type: enumType ?? scalar, value },
    }),
  ],
  [
    /^Expected value of type "(.+?)", found (.+?)[.;](?: .*)?$/s,
    ([, type, value]) => ({ key: 'GRAPHQL_VALUE_TYPE', params: { type, value } }),
  ],
  [
    // graphql-js's getArgumentValues, as the complexity estimate calls it before validation reports the value
    /^Argument "(.+?)" has invalid value (.+)\.$/s,
    ([, argument, value]) => ({ key: 'GRAPHQL_VALUE_TYPE.argument', params: { argument, value } }),
  ],
  [
    /^Argument "(.+?)" of (?:required|non-null) type "(.+?)" (?:was not provided|must not be null)\.$/,
    ([, argument, type]) => ({
      key: 'GRAPHQL_MISSING_ARGUMENT.value',
      params: { argument, type },
    }),
  ],
  [
    /^Field "(.+?)" argument "(.+?)" of type "(.+?)" is required, but it was not provided\.$/,
    ([, field, argument, type]) => ({
      key: 'GRAPHQL_MISSING_ARGUMENT',
      params: { argument, field, type },
    }),
  ],
  [
    /^Field "(.+?)" of type "(.+?)" must have a selection of subfields\./,
    ([, field, type]) => ({ key: 'GRAPHQL_SELECTION', params: { field, type } }),
  ],
  [
    /^Field "(.+?)" must not have a selection since type "(.+?)" has no subfields\.$/,
    ([, field, type]) => ({ key: 'GRAPHQL_SELECTION.none', params: { field, type } }),
  ],
  [
    /^The query exceeds the maximum complexity of (\d+)\. Actual complexity is (\d+)\.?$/,
    ([, max, complexity]) => ({ key: 'GRAPHQL_TOO_COMPLEX', params: { complexity, max } }),
  ],
]

const firstMatch = (patterns: Pattern[], text: string): GraphQLMessage | undefined => {
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(text)
    if (match) return build(match)
  }
  return undefined
}

type Location = { column: number; line: number }

/**
 * The catalogue message of a graphql-js syntax error, with where the query stops being GraphQL (`line:column`);
 * one whose wording is not known keeps graphql-js's detail (still with its code, GRAPHQL_PARSE_FAILED).
 */
export const syntaxMessage = (message: string, location?: Location): GraphQLMessage => {
  const detail = message.replace(/^Syntax Error:\s*/, '')
  const known = firstMatch(SYNTAX, detail) ?? { key: 'GRAPHQL_PARSE_FAILED', params: { detail } }
  return {
    ...known,
    params: { ...known.params, at: location ? `${location.line}:${location.column}` : '?' },
  }
}

/**
 * The catalogue message of an error graphql-js or Payload's complexity rule reports about a query, or undefined
 * when its wording is not one of the known kinds. graphql-js's "Did you mean …?" is said after it with the same
 * names (`suggestion`).
 */
export const graphQLErrorMessage = (
  message: string,
  location?: Location,
): (GraphQLMessage & { suggestion?: string }) | undefined => {
  if (/^Syntax Error:/.test(message)) return syntaxMessage(message, location)
  const suggestion = / Did you mean (.+)\?$/s.exec(message)
  const known = firstMatch(VALIDATION, suggestion ? message.slice(0, suggestion.index) : message)
  // graphql-js lists them in English ("a", "b", or "c"): the names alone, separated by commas.
  const names = suggestion?.[1].match(/"[^"]*"/g)?.join(', ')
  return known && names ? { ...known, suggestion: names } : known
}

/** The message in `language`, with graphql-js's suggestion after it. */
export const renderGraphQLMessage = (
  { key, params, suggestion }: GraphQLMessage & { suggestion?: string },
  language: string,
): string =>
  suggestion
    ? `${deliveryMessage(key, params, language)} ${deliveryMessage('GRAPHQL_SUGGESTION', { names: suggestion }, language)}`
    : deliveryMessage(key, params, language)
