/** A bad request body: what a careless or hostile client sends instead of a JSON object. */
/** Ids of documents that exist when the bodies are sent (a list of two real ids must still be refused). */
export type BodyContext = { regionIds: number[] }

export type BadBody = {
  name: string
  contentType?: string
  body?: ((context: BodyContext) => string) | Buffer | string
  /** A variant that may be legitimate (an unknown field is ignored): only a 5xx fails. */
  mayPass?: boolean
  /**
   * The variant is bad data for this field rather than a bad body: it must be refused (4xx) by the create and
   * update routes of collections that have the field; other routes may ignore it (never 5xx).
   */
  field?: string
}

const nested = (depth: number, open: string, close: string, inner = '0') =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`

/** Lexical-looking rich text nested `depth` paragraphs deep. */
const deepRichText = (depth: number): string => {
  let node = '{"type":"text","text":"x","version":1}'
  for (let level = 0; level < depth; level++)
    node = `{"type":"paragraph","version":1,"children":[${node}]}`
  return `{"root":{"type":"root","version":1,"children":[${node}]}}`
}

export const BAD_BODIES: BadBody[] = [
  { name: 'JSON null', contentType: 'application/json', body: 'null' },
  { name: 'JSON string', contentType: 'application/json', body: '"a string"' },
  { name: 'JSON number', contentType: 'application/json', body: '42' },
  { name: 'JSON true', contentType: 'application/json', body: 'true' },
  { name: 'JSON array', contentType: 'application/json', body: '[{"title":"x"}]' },
  { name: 'broken JSON', contentType: 'application/json', body: '{"title": "x",' },
  { name: 'JSON with a charset', contentType: 'application/json; charset=utf-8', body: 'null' },
  { name: 'text/plain', contentType: 'text/plain', body: 'hello' },
  { name: 'JSON object sent as text/plain', contentType: 'text/plain', body: '{"title":"x"}' },
  { name: 'XML', contentType: 'application/xml', body: '<doc><title>x</title></doc>' },
  {
    name: 'form-urlencoded',
    contentType: 'application/x-www-form-urlencoded',
    body: 'title=x&region=1',
  },
  { name: 'no content type', body: '{"title":"x"}' },
  {
    name: 'broken multipart',
    contentType: 'multipart/form-data; boundary=XyZ',
    body: '--XyZ\r\nContent-Disposition: form-da',
  },
  { name: 'multipart without boundary', contentType: 'multipart/form-data', body: 'whatever' },
  {
    name: 'multipart with a _payload that is not JSON',
    contentType: 'multipart/form-data; boundary=XyZ',
    body: '--XyZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{nope\r\n--XyZ--\r\n',
  },
  {
    name: 'multipart with a null _payload',
    contentType: 'multipart/form-data; boundary=XyZ',
    body: '--XyZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnull\r\n--XyZ--\r\n',
  },
  { name: 'empty JSON body', contentType: 'application/json', body: '', mayPass: true },
  { name: 'no body at all', mayPass: true },
  {
    name: 'invalid UTF-8',
    contentType: 'application/json',
    body: Buffer.concat([
      Buffer.from('{"title":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}'),
    ]),
  },
  {
    name: 'a single relation sent as an array',
    contentType: 'application/json',
    body: '{"region":[1,20]}',
    field: 'region',
  },
  {
    name: 'a single relation sent as an array of two documents that exist',
    contentType: 'application/json',
    body: ({ regionIds }) => JSON.stringify({ region: regionIds.slice(0, 2) }),
    field: 'region',
  },
  {
    name: 'an id sent as an object',
    contentType: 'application/json',
    body: '{"region":{"id":{"$gt":0}}}',
    field: 'region',
  },
  {
    name: 'an id sent as an object (bare)',
    contentType: 'application/json',
    body: '{"region":{"$ne":null}}',
    field: 'region',
  },
  {
    name: 'a has-many relation sent as an object',
    contentType: 'application/json',
    body: '{"contributors":{"0":1}}',
    field: 'contributors',
  },
  {
    name: 'the document id as an object',
    contentType: 'application/json',
    body: '{"id":{"x":1}}',
    mayPass: true,
  },
  {
    name: 'rich text nested 2,000 deep',
    contentType: 'application/json',
    body: `{"body":${deepRichText(2000)}}`,
  },
  {
    name: '100k nested arrays',
    contentType: 'application/json',
    body: `{"title":${nested(100_000, '[', ']')}}`,
  },
  {
    name: '100k nested objects',
    contentType: 'application/json',
    body: `{"title":${nested(100_000, '{"a":', '}')}}`,
  },
  {
    name: 'rich text that is not Lexical',
    contentType: 'application/json',
    body: '{"body":{"root":"nope"}}',
    field: 'body',
  },
  {
    name: 'rich text with an unknown element',
    contentType: 'application/json',
    body: '{"body":{"root":{"type":"root","children":[{"type":"script","children":[]}]}}}',
    field: 'body',
  },
  {
    name: 'a string where an object goes',
    contentType: 'application/json',
    body: '{"aiDisclosure":"yes"}',
    field: 'aiDisclosure',
  },
  {
    name: 'an array where a string goes',
    contentType: 'application/json',
    body: '{"title":["a","b"]}',
    field: 'title',
  },
  {
    name: 'an object where a date goes',
    contentType: 'application/json',
    body: '{"publishedAt":{"a":1}}',
    field: 'publishedAt',
  },
  {
    name: 'a date that is not a date',
    contentType: 'application/json',
    body: '{"publishedAt":"notadate"}',
    field: 'publishedAt',
  },
  {
    name: 'a huge string',
    contentType: 'application/json',
    body: `{"title":"${'я'.repeat(400_000)}"}`,
    mayPass: true,
  },
  {
    name: 'unknown fields',
    contentType: 'application/json',
    body: '{"nope":1,"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
    mayPass: true,
  },
]

/** A bad query string for a list route (find, count, versions, bulk update/delete). */
export type BadQuery = { name: string; query: string; anonymousOnly?: boolean; mayPass?: boolean }

export const BAD_QUERIES: BadQuery[] = [
  { name: 'page=-1', query: 'page=-1' },
  { name: 'page=0', query: 'page=0' },
  { name: 'page=abc', query: 'page=abc' },
  { name: 'page=1.5', query: 'page=1.5' },
  { name: 'page as an array', query: 'page[]=1' },
  { name: 'duplicated page', query: 'page=1&page=2' },
  { name: 'limit=abc', query: 'limit=abc' },
  { name: 'limit=-5', query: 'limit=-5' },
  { name: 'limit as an object', query: 'limit[x]=1' },
  { name: 'duplicated limit', query: 'limit=1&limit=2' },
  { name: 'depth=abc', query: 'depth=abc' },
  { name: 'depth=-1', query: 'depth=-1' },
  { name: 'depth=1e9', query: 'depth=1000000000' },
  { name: 'sort on an unknown field', query: 'sort=nope' },
  { name: 'sort descending on an unknown field', query: 'sort=-nope' },
  { name: 'sort as an object', query: 'sort[a]=b' },
  { name: 'unknown locale', query: 'locale=xx' },
  { name: 'locale as an array', query: 'locale[]=kk' },
  { name: 'unknown fallback locale', query: 'fallback-locale=xx' },
  { name: 'draft=maybe', query: 'draft=maybe', mayPass: true },
  { name: 'where as a string', query: 'where=abc' },
  { name: 'where as JSON text that is broken', query: 'where={"title":' },
  { name: 'a date filter that is not a date', query: 'where[publishedAt][equals]=notadate' },
  {
    name: 'a date filter greater_than not a date',
    query: 'where[createdAt][greater_than]=notadate',
  },
  { name: 'an object as a filter value', query: 'where[title][equals][x]=1' },
  { name: 'an object as an id filter', query: 'where[id][equals][x]=1' },
  { name: 'a non-numeric id filter', query: 'where[id][equals]=abc' },
  { name: 'a non-numeric id list', query: 'where[id][in]=a,b' },
  { name: 'a non-numeric relationship filter', query: 'where[region][equals]=abc' },
  { name: 'a bad near', query: 'where[region][near]=abc' },
  { name: 'a bad near on createdAt', query: 'where[createdAt][near]=1,2,3' },
  { name: 'an unknown operator', query: 'where[title][nope]=1' },
  { name: 'an unknown field filter', query: 'where[nope][equals]=1' },
  { name: 'and that is not a list', query: 'where[and]=x' },
  { name: 'or with a string member', query: 'where[or][0]=x' },
  { name: 'exists that is not a boolean', query: 'where[createdAt][exists]=maybe' },
  { name: 'select with a bad value', query: 'select[title]=abc', mayPass: true },
  { name: 'populate with a bad value', query: 'populate[regions]=abc', mayPass: true },
  { name: 'joins with a bad value', query: 'joins=abc', mayPass: true },
]

/** Bad path ids for `GET/PATCH/DELETE /api/{collection}/{id}`. */
export const BAD_IDS = ['abc', '1.5', '-1', '99999999999999999999999', '%7B%22a%22%3A1%7D', '1%00']
