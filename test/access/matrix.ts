/**
 * WHO READS AND CHANGES WHAT — the access matrix of the newsroom, one row per operation, one column per persona.
 * test/access/matrix.spec.ts checks every cell over real HTTP (REST and GraphQL) on SQLite and PostgreSQL, and fails
 * when a collection of the built config has no section here. `npm run docs:access-matrix` renders it into
 * docs/access-matrix.md (a spec checks the rendering is current).
 *
 * Personas: anonymous; journalist A (region A, the author of every A item below); journalist B (region B);
 * editor A (regional editor of A); chief editor; ethics reviewer; admin.
 *
 * Cells:
 * - a number: the HTTP status (GraphQL: the status of the first error, 200 when the data came back; 400 when the
 *   query is not in the schema);
 * - `[x y]`: 200, and exactly these fixtures in the list (a count: as many);
 * - `shown` / `hidden`: 200, and the field is in the document or not;
 * - `live` / `revision`: 200, and the text read is the published one or the unpublished revision.
 */

export const PERSONAS = [
  'anonymous',
  'journalistA',
  'journalistB',
  'editorA',
  'chief',
  'ethics',
  'admin',
] as const
export type Persona = (typeof PERSONAS)[number]
export const PERSONA_LABELS: Record<Persona, string> = {
  admin: 'admin',
  anonymous: 'anonymous',
  chief: 'chief editor',
  editorA: 'editor A',
  ethics: 'ethics reviewer',
  journalistA: 'journalist A',
  journalistB: 'journalist B',
}

export type Outcome =
  'hidden' | 'live' | 'revision' | 'shown' | `[${string}]` | 200 | 201 | 400 | 401 | 403 | 404 | 501
export type Cells = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]

/**
 * One operation and what must happen for each persona. The operation reads `<op> <fixture>[: <variant>]`:
 * find, count, versions, findByID, versionByID, text, read, file, create, update, delete, duplicate, restoreVersion,
 * preview-link, workflow-get, workflow-<action>, ethics-review, and `gql <op>` for the GraphQL equivalent.
 */
export type Row = {
  op: string
  cells: Cells
  /** Why, when the cells alone do not say. */
  note?: string
  /** Another change of this round that also decides this row (named): merge them together. */
  awaits?: string
}
const row = (op: string, ...rest: [...Cells] | [...Cells, Pick<Row, 'awaits' | 'note'>]): Row => {
  const cells = rest.slice(0, 7) as unknown as Cells
  const extra = (rest.length > 7 ? rest[7] : {}) as Pick<Row, 'awaits' | 'note'>
  return { cells, op, ...extra }
}

export type Section = {
  /** The fixtures the rows name, created once: key → what it is. */
  fixtures: Record<string, string>
  rows: Row[]
  /** Why this section says what it says. */
  note?: string
  /** Operations of the standard set this section has no row for, and why (e.g. Payload routes them elsewhere). */
  without?: Record<string, string>
}

// ---------------------------------------------------------------------------------------------------------------
// The five publishable collections: one table, checked on each.
// ---------------------------------------------------------------------------------------------------------------

const ALL_ITEMS = '[p d h r a s b]'
const A_ITEMS = '[p d h r a s]'

const publishable: Section = {
  fixtures: {
    p: 'public item of A (published, review cleared) with an unpublished revision',
    d: 'draft of A',
    h: 'item of A published but held by the ethics review (pending)',
    r: 'item of A in review',
    a: 'approved item of A',
    s: 'scheduled item of A',
    b: 'draft of B (by journalist B)',
  },
  note: "Other regions read only what the public reads; the work in progress (drafts, revisions, versions, the ethics review, preview links, comments) is for the item's staff: its author, the editors of its region, chief editors, admins, ethics reviewers.",
  rows: [
    //  operation                           anonymous journalist A journalist B editor A    chief      ethics     admin
    row('find', '[p]', A_ITEMS, '[p b]', A_ITEMS, ALL_ITEMS, ALL_ITEMS, ALL_ITEMS),
    row('count', '[p]', A_ITEMS, '[p b]', A_ITEMS, ALL_ITEMS, ALL_ITEMS, ALL_ITEMS),
    row('findByID p', 200, 200, 200, 200, 200, 200, 200),
    row('findByID d', 404, 200, 404, 200, 200, 200, 200),
    row('findByID h', 404, 200, 404, 200, 200, 200, 200),
    row('findByID b', 404, 404, 200, 404, 200, 200, 200),
    row('text p', 'live', 'revision', 'live', 'revision', 'revision', 'revision', 'revision', {
      note: "GET ?draft=true: the revision only for the item's staff",
    }),
    row('read p: ethicsReview', 'hidden', 'shown', 'hidden', 'shown', 'shown', 'shown', 'shown'),
    row('read p: workflowStatus', 'hidden', 'shown', 'shown', 'shown', 'shown', 'shown', 'shown'),
    row('read p: createdBy', 'hidden', 'shown', 'shown', 'shown', 'shown', 'shown', 'shown'),
    row('versions', 403, A_ITEMS, '[b]', A_ITEMS, ALL_ITEMS, ALL_ITEMS, ALL_ITEMS, {
      note: 'parents of the versions listed',
    }),
    row('versionByID p', 403, 200, 403, 200, 200, 200, 200),
    row('restoreVersion d', 403, 200, 403, 200, 200, 403, 200, {
      awaits: 'int-workflow (restore through the workflow)',
      note: 'restores an earlier draft version',
    }),
    row('create: in A', 403, 201, 403, 201, 201, 403, 201),
    row('create: published', 403, 403, 403, 403, 403, 403, 403, {
      note: 'publishing goes through the workflow',
    }),
    row('update d: excerpt', 403, 200, 403, 200, 200, 403, 200),
    row('update r: excerpt', 403, 403, 403, 200, 200, 403, 200, {
      awaits: 'int-workflow (journalists cannot edit items in review)',
    }),
    row('update d: publishedAt', 403, 403, 403, 200, 200, 403, 200, {
      note: 'the server stamps it on publication; editors may backdate',
    }),
    row('update d: region B', 403, 403, 403, 403, 200, 403, 200),
    row('duplicate d', 403, 200, 403, 200, 200, 403, 200, {
      note: "POST /api/{collection}/{id}/duplicate: a new draft, in the caller's regions only",
    }),
    row('delete d', 403, 403, 403, 403, 200, 403, 200),
    row('preview-link p', 401, 200, 404, 200, 200, 200, 200),
    row('preview-link d', 401, 200, 404, 200, 200, 200, 200),
    row('workflow-get d', 401, 200, 404, 200, 200, 200, 200),
    row('workflow-submit d', 401, 200, 403, 200, 200, 403, 200),
    row('workflow-request_changes r', 401, 403, 403, 200, 200, 403, 200),
    row('workflow-approve r', 401, 403, 403, 200, 200, 403, 200),
    row('workflow-publish a', 401, 403, 403, 200, 200, 403, 200),
    row('workflow-schedule a', 401, 403, 403, 200, 200, 403, 200),
    row('workflow-unschedule s', 401, 403, 403, 200, 200, 403, 200),
    row('workflow-unpublish p', 401, 403, 403, 200, 200, 403, 200),
    row('workflow-reopen a', 401, 403, 403, 200, 200, 403, 200),
    row('ethics-review h', 401, 403, 403, 403, 403, 200, 200, {
      note: 'POST /api/ai-ethics/review: reviewers (ethics reviewers, admins) decide',
    }),
    row('gql find', '[p]', A_ITEMS, '[p b]', A_ITEMS, ALL_ITEMS, ALL_ITEMS, ALL_ITEMS),
    row('gql count', '[p]', A_ITEMS, '[p b]', A_ITEMS, ALL_ITEMS, ALL_ITEMS, ALL_ITEMS),
    row('gql findByID d', 404, 200, 404, 200, 200, 200, 200),
    row('gql versions', 403, A_ITEMS, '[b]', A_ITEMS, ALL_ITEMS, ALL_ITEMS, ALL_ITEMS),
    row('gql versionByID p', 403, 200, 403, 200, 200, 200, 200),
    row('gql restoreVersion d', 403, 200, 403, 200, 200, 403, 200, {
      awaits: 'int-workflow (restore through the workflow)',
    }),
    row('gql create: in A', 403, 200, 403, 200, 200, 403, 200),
    row('gql update d: excerpt', 403, 200, 403, 200, 200, 403, 200),
    row('gql delete d', 403, 403, 403, 403, 200, 403, 200),
  ],
}

// ---------------------------------------------------------------------------------------------------------------
// The rest of the config, collection by collection.
// ---------------------------------------------------------------------------------------------------------------

/** Nobody may do anything through the API: data kept by the server alone. */
const serverOnly = (fixture: string, graphql: boolean): Section => ({
  fixtures: { [fixture]: 'a row written by the server' },
  rows: [
    row('find', 403, 403, 403, 403, 403, 403, 403),
    row('count', 403, 403, 403, 403, 403, 403, 403),
    row(`findByID ${fixture}`, 403, 403, 403, 403, 403, 403, 403),
    row('create', 403, 403, 403, 403, 403, 403, 403),
    row(`update ${fixture}`, 403, 403, 403, 403, 403, 403, 403),
    row(`delete ${fixture}`, 403, 403, 403, 403, 403, 403, 403),
    ...(graphql
      ? [
          row('gql find', 403, 403, 403, 403, 403, 403, 403),
          row('gql count', 403, 403, 403, 403, 403, 403, 403),
          row(`gql findByID ${fixture}`, 403, 403, 403, 403, 403, 403, 403),
          row('gql create', 403, 403, 403, 403, 403, 403, 403),
          row(`gql update ${fixture}`, 403, 403, 403, 403, 403, 403, 403),
          row(`gql delete ${fixture}`, 403, 403, 403, 403, 403, 403, 403),
        ]
      : [
          row('gql find', 400, 400, 400, 400, 400, 400, 400, { note: 'not in the GraphQL schema' }),
        ]),
  ],
})

export const MATRIX: Record<string, Section> = {
  articles: publishable,
  'ethno-events': publishable,
  'podcast-episodes': publishable,
  'tv-segments': publishable,
  videos: publishable,

  contributors: {
    fixtures: {
      ca: 'profile in A, linked to journalist A',
      cb: 'profile in B, linked to journalist B',
    },
    note: 'Profiles are public (contact details and the account link are staff-only). Regional editors keep them in their regions; only admins link accounts.',
    rows: [
      row('find', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]'),
      row('count', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]'),
      row('findByID ca', 200, 200, 200, 200, 200, 200, 200),
      row('read ca: email', 'hidden', 'shown', 'shown', 'shown', 'shown', 'shown', 'shown'),
      row('read ca: user', 'hidden', 'shown', 'shown', 'shown', 'shown', 'shown', 'shown'),
      row('create: in A', 403, 403, 403, 201, 201, 403, 201),
      row('create: in B', 403, 403, 403, 403, 201, 403, 201),
      row('update ca: outlet', 403, 200, 403, 200, 200, 403, 200),
      row('update cb: outlet', 403, 403, 200, 403, 200, 403, 200),
      row('update ca: region B', 403, 403, 403, 403, 200, 403, 200),
      row('update ca: user', 403, 403, 403, 403, 403, 403, 200),
      row('delete ca', 403, 403, 403, 403, 403, 403, 200),
      row('gql find', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]'),
      row('gql findByID ca', 200, 200, 200, 200, 200, 200, 200),
      row('gql count', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]', '[ca cb]'),
      row('gql create: in B', 403, 403, 403, 403, 200, 403, 200),
      row('gql update ca: outlet', 403, 200, 403, 200, 200, 403, 200),
      row('gql delete ca', 403, 403, 403, 403, 403, 403, 200),
    ],
  },

  rubrics: {
    fixtures: { ru: 'a rubric' },
    rows: [
      row('find', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]'),
      row('count', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]'),
      row('findByID ru', 200, 200, 200, 200, 200, 200, 200),
      row('create', 403, 403, 403, 403, 201, 403, 201),
      row('update ru: description', 403, 403, 403, 403, 200, 403, 200),
      row('delete ru', 403, 403, 403, 403, 403, 403, 200),
      row('gql find', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]'),
      row('gql count', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]', '[ru]'),
      row('gql findByID ru', 200, 200, 200, 200, 200, 200, 200),
      row('gql create', 403, 403, 403, 403, 200, 403, 200),
      row('gql update ru: description', 403, 403, 403, 403, 200, 403, 200),
      row('gql delete ru', 403, 403, 403, 403, 403, 403, 200),
    ],
  },

  regions: {
    fixtures: { ra: 'region A', rb: 'region B' },
    rows: [
      row('find', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]'),
      row('count', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]'),
      row('findByID ra', 200, 200, 200, 200, 200, 200, 200),
      row('create', 403, 403, 403, 403, 403, 403, 201),
      row('update ra: order', 403, 403, 403, 403, 403, 403, 200),
      row('delete rb', 403, 403, 403, 403, 403, 403, 200, { note: 'an unused copy of region B' }),
      row('gql find', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]'),
      row('gql count', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]', '[ra rb]'),
      row('gql findByID ra', 200, 200, 200, 200, 200, 200, 200),
      row('gql create', 403, 403, 403, 403, 403, 403, 200),
      row('gql update ra: order', 403, 403, 403, 403, 403, 403, 200),
      row('gql delete rb', 403, 403, 403, 403, 403, 403, 200),
    ],
  },

  media: {
    fixtures: {
      mp: 'upload used by a public item',
      mm: 'upload an editor marked public',
      ma: 'unused upload by journalist A (region A)',
      mb: 'unused upload by journalist B (region B)',
      mn: 'unused upload by the chief editor (no region)',
    },
    note: 'An upload is public while a public item, profile or rubric uses it, or an editor marked it public; until then its document and all its files are for staff of its regions (all staff for uploads without one), national editors, ethics reviewers and its uploader.',
    rows: [
      row(
        'find',
        '[mp mm]',
        '[mp mm ma mn]',
        '[mp mm mb mn]',
        '[mp mm ma mn]',
        '[mp mm ma mb mn]',
        '[mp mm ma mb mn]',
        '[mp mm ma mb mn]',
      ),
      row(
        'count',
        '[mp mm]',
        '[mp mm ma mn]',
        '[mp mm mb mn]',
        '[mp mm ma mn]',
        '[mp mm ma mb mn]',
        '[mp mm ma mb mn]',
        '[mp mm ma mb mn]',
      ),
      row('findByID mp', 200, 200, 200, 200, 200, 200, 200),
      row('findByID ma', 404, 200, 404, 200, 200, 200, 200),
      row('findByID mn', 404, 200, 200, 200, 200, 200, 200),
      row('file mp', 200, 200, 200, 200, 200, 200, 200),
      row('file mp: og', 200, 200, 200, 200, 200, 200, 200),
      row('file ma', 403, 200, 403, 200, 200, 200, 200),
      row('file ma: thumbnail', 403, 200, 403, 200, 200, 200, 200),
      row('file ma: og', 403, 200, 403, 200, 200, 200, 200),
      row('read mp: isPublic', 'hidden', 'shown', 'shown', 'shown', 'shown', 'shown', 'shown'),
      row('create', 403, 201, 201, 201, 201, 403, 201),
      row('update ma: alt', 403, 200, 403, 200, 200, 403, 200),
      row('update mb: alt', 403, 403, 200, 403, 200, 403, 200),
      row('update mn: alt', 403, 403, 403, 403, 200, 403, 200),
      row('update ma: markedPublic', 403, 403, 403, 200, 200, 403, 200),
      row('delete ma', 403, 403, 403, 403, 200, 403, 200),
      row(
        'gql find',
        '[mp mm]',
        '[mp mm ma mn]',
        '[mp mm mb mn]',
        '[mp mm ma mn]',
        '[mp mm ma mb mn]',
        '[mp mm ma mb mn]',
        '[mp mm ma mb mn]',
      ),
      row('gql findByID ma', 404, 200, 404, 200, 200, 200, 200),
      row(
        'gql count',
        '[mp mm]',
        '[mp mm ma mn]',
        '[mp mm mb mn]',
        '[mp mm ma mn]',
        '[mp mm ma mb mn]',
        '[mp mm ma mb mn]',
        '[mp mm ma mb mn]',
      ),
      row('gql create: alt only', 403, 400, 400, 400, 400, 403, 400, {
        note: 'an upload needs its file: REST multipart only',
      }),
      row('gql update ma: alt', 403, 200, 403, 200, 200, 403, 200),
      row('gql delete ma', 403, 403, 403, 403, 200, 403, 200),
    ],
  },

  users: {
    fixtures: { ua: "journalist A's account", ub: "journalist B's account" },
    note: 'Accounts are for staff: colleagues see each other (to assign reviews), everyone changes only their own name and e-mail; roles, regions and profile links are for admins. Sessions are shown to their owner only.',
    rows: [
      row('find', 403, '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]'),
      row('count', 403, '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]'),
      row('findByID ua', 403, 200, 200, 200, 200, 200, 200),
      row('read ua: sessions', 403, 'shown', 'hidden', 'hidden', 'hidden', 'hidden', 'hidden'),
      row('read ua: email', 403, 'shown', 'shown', 'shown', 'shown', 'shown', 'shown'),
      row('create', 403, 403, 403, 403, 403, 403, 201),
      row('update ua: name', 403, 200, 403, 403, 403, 403, 200),
      row('update ua: roles', 403, 403, 403, 403, 403, 403, 200),
      row('update ua: contributor', 403, 403, 403, 403, 403, 403, 200),
      row('delete ua', 403, 403, 403, 403, 403, 403, 200),
      row('gql find', 403, '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]'),
      row('gql count', 403, '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]', '[ua ub]'),
      row('gql create', 403, 403, 403, 403, 403, 403, 200),
      row(
        'gql findByID ua: sessions',
        403,
        'shown',
        'hidden',
        'hidden',
        'hidden',
        'hidden',
        'hidden',
      ),
      row('gql update ua: name', 403, 200, 403, 403, 403, 403, 200),
      row('gql delete ua', 403, 403, 403, 403, 403, 403, 200),
    ],
  },

  'workflow-events': {
    fixtures: {
      ea: 'event on an item of A (journalist A submitted it)',
      eb: 'event on an item of B',
    },
    note: "The append-only audit trail, read like the item's work in progress; written by the workflow only.",
    rows: [
      row('find', 403, '[ea]', '[eb]', '[ea]', '[ea eb]', '[ea eb]', '[ea eb]'),
      row('count', 403, '[ea]', '[eb]', '[ea]', '[ea eb]', '[ea eb]', '[ea eb]'),
      row('findByID ea', 403, 200, 404, 200, 200, 200, 200),
      row('create', 403, 403, 403, 403, 403, 403, 403),
      row('update ea: comment', 403, 403, 403, 403, 403, 403, 403),
      row('delete ea', 403, 403, 403, 403, 403, 403, 403),
      row('gql find', 403, '[ea]', '[eb]', '[ea]', '[ea eb]', '[ea eb]', '[ea eb]'),
      row('gql count', 403, '[ea]', '[eb]', '[ea]', '[ea eb]', '[ea eb]', '[ea eb]'),
      row('gql findByID ea', 403, 200, 404, 200, 200, 200, 200),
      row('gql create', 403, 403, 403, 403, 403, 403, 403),
      row('gql update ea: comment', 403, 403, 403, 403, 403, 403, 403),
      row('gql delete ea', 403, 403, 403, 403, 403, 403, 403),
    ],
  },

  'editorial-comments': {
    fixtures: {
      ka: 'comment on a draft of A (by journalist A)',
      kb: 'comment on a draft of B (by journalist B)',
    },
    rows: [
      row('find', 403, '[ka]', '[kb]', '[ka]', '[ka kb]', '[ka kb]', '[ka kb]'),
      row('count', 403, '[ka]', '[kb]', '[ka]', '[ka kb]', '[ka kb]', '[ka kb]'),
      row('findByID ka', 403, 200, 404, 200, 200, 200, 200),
      row('create: on a draft of A', 403, 201, 404, 201, 201, 201, 201),
      row('create: on a public item of A', 403, 201, 404, 201, 201, 201, 201, {
        note: "only the item's staff discuss it",
      }),
      row('update ka: body', 403, 403, 403, 403, 403, 403, 403),
      row('delete ka', 403, 403, 403, 403, 403, 403, 200),
      row('gql find', 403, '[ka]', '[kb]', '[ka]', '[ka kb]', '[ka kb]', '[ka kb]'),
      row('gql count', 403, '[ka]', '[kb]', '[ka]', '[ka kb]', '[ka kb]', '[ka kb]'),
      row('gql findByID ka', 403, 200, 404, 200, 200, 200, 200),
      row('gql create: on a draft of A', 403, 200, 404, 200, 200, 200, 200),
      row('gql update ka: body', 403, 403, 403, 403, 403, 403, 403),
      row('gql delete ka', 403, 403, 403, 403, 403, 403, 200),
    ],
  },

  'ethics-reviews': {
    fixtures: { xa: 'decision on an item of A', xb: 'decision on an item of B' },
    note: "The ai-ethics plugin's records, read as the item's work in progress (the author reads the decisions on her own items); written only by POST /api/ai-ethics/review.",
    rows: [
      row('find', 403, '[xa]', '[xb]', '[xa]', '[xa xb]', '[xa xb]', '[xa xb]'),
      row('count', 403, '[xa]', '[xb]', '[xa]', '[xa xb]', '[xa xb]', '[xa xb]'),
      row('findByID xa', 403, 200, 404, 200, 200, 200, 200),
      row('create', 403, 403, 403, 403, 403, 403, 403),
      row('update xa: note', 403, 403, 403, 403, 403, 403, 403),
      row('delete xa', 403, 403, 403, 403, 403, 403, 403),
      row('gql find', 403, '[xa]', '[xb]', '[xa]', '[xa xb]', '[xa xb]', '[xa xb]'),
      row('gql count', 403, '[xa]', '[xb]', '[xa]', '[xa xb]', '[xa xb]', '[xa xb]'),
      row('gql findByID xa', 403, 200, 404, 200, 200, 200, 200),
      row('gql create', 403, 403, 403, 403, 403, 403, 403),
      row('gql update xa: note', 403, 403, 403, 403, 403, 403, 403),
      row('gql delete xa', 403, 403, 403, 403, 403, 403, 403),
    ],
  },

  webhooks: {
    fixtures: { wh: 'a webhook' },
    rows: [
      row('find', 403, 403, 403, 403, 403, 403, '[wh]'),
      row('count', 403, 403, 403, 403, 403, 403, '[wh]'),
      row('findByID wh', 403, 403, 403, 403, 403, 403, 200),
      row('read wh: secret', 403, 403, 403, 403, 403, 403, 'shown'),
      row('create', 403, 403, 403, 403, 403, 403, 201),
      row('update wh: active', 403, 403, 403, 403, 403, 403, 200),
      row('delete wh', 403, 403, 403, 403, 403, 403, 200),
      row('gql find', 403, 403, 403, 403, 403, 403, '[wh]'),
      row('gql count', 403, 403, 403, 403, 403, 403, '[wh]'),
      row('gql findByID wh', 403, 403, 403, 403, 403, 403, 200),
      row('gql create', 403, 403, 403, 403, 403, 403, 200),
      row('gql update wh: active', 403, 403, 403, 403, 403, 403, 200),
      row('gql delete wh', 403, 403, 403, 403, 403, 403, 200),
    ],
  },

  'webhook-deliveries': {
    fixtures: { wd: 'a delivery attempt' },
    rows: [
      row('find', 403, 403, 403, 403, 403, 403, '[wd]'),
      row('count', 403, 403, 403, 403, 403, 403, '[wd]'),
      row('findByID wd', 403, 403, 403, 403, 403, 403, 200),
      row('create', 403, 403, 403, 403, 403, 403, 403),
      row('update wd: error', 403, 403, 403, 403, 403, 403, 403),
      row('delete wd', 403, 403, 403, 403, 403, 403, 403),
      row('gql find', 403, 403, 403, 403, 403, 403, '[wd]'),
      row('gql count', 403, 403, 403, 403, 403, 403, '[wd]'),
      row('gql findByID wd', 403, 403, 403, 403, 403, 403, 200),
      row('gql create', 403, 403, 403, 403, 403, 403, 403),
      row('gql update wd: error', 403, 403, 403, 403, 403, 403, 403),
      row('gql delete wd', 403, 403, 403, 403, 403, 403, 403),
    ],
  },

  'contribution-facts': serverOnly('cf', false),
  'contribution-days': serverOnly('cd', false),
  'auth-throttles': serverOnly('at', false),
  'payload-kv': serverOnly('kv', true),
  'payload-jobs': serverOnly('job', true),

  'payload-locked-documents': {
    fixtures: { la: "editor A's edit lock on a draft of A" },
    note: "Payload's own edit locks, with Payload's default access (any signed-in user): they hold ids and who edits, never content. A lock makes Payload refuse other people's saves of the item (423) unless they pass overrideLock.",
    rows: [
      row('find', 403, '[la]', '[la]', '[la]', '[la]', '[la]', '[la]'),
      row('count', 403, '[la]', '[la]', '[la]', '[la]', '[la]', '[la]'),
      row('findByID la', 403, 200, 200, 200, 200, 200, 200),
      row('create', 403, 201, 201, 201, 201, 201, 201),
      row('update la', 403, 200, 200, 200, 200, 200, 200),
      row('delete la', 403, 200, 200, 200, 200, 200, 200),
      row('gql find', 403, '[la]', '[la]', '[la]', '[la]', '[la]', '[la]'),
      row('gql count', 403, '[la]', '[la]', '[la]', '[la]', '[la]', '[la]'),
      row('gql findByID la', 403, 200, 200, 200, 200, 200, 200),
      row('gql create', 403, 200, 200, 200, 200, 200, 200),
      row('gql update la', 403, 200, 200, 200, 200, 200, 200),
      row('gql delete la', 403, 200, 200, 200, 200, 200, 200),
    ],
  },

  'payload-preferences': {
    fixtures: { pa: "journalist A's admin preference" },
    note: "Payload's own per-user admin preferences: each user reads and changes only hers.",
    rows: [
      row('find', 403, '[pa]', '[]', '[]', '[]', '[]', '[]'),
      row('create', 403, 201, 201, 201, 201, 201, 201, { note: "always the caller's own" }),
      row('gql find', 403, '[pa]', '[]', '[]', '[]', '[]', '[]'),
      row('gql count', 403, '[pa]', '[]', '[]', '[]', '[]', '[]'),
      row('gql findByID pa', 403, 200, 404, 404, 404, 404, 404),
      row('gql update pa', 403, 200, 403, 403, 403, 403, 403),
      row('gql delete pa', 403, 200, 403, 403, 403, 403, 403),
    ],
    without: {
      count:
        "Payload routes GET, POST and DELETE /api/payload-preferences/:key to the caller's own preference with that key",
      findByID:
        "the same: the path names a key of the caller's own preferences, never another user's document",
      update: 'the same',
      delete: 'the same',
      'gql create': 'the admin creates preferences over REST (its user is always the caller)',
    },
  },

  'payload-migrations': {
    fixtures: {},
    note: "Payload's migration log: no REST endpoints (501) and not in GraphQL.",
    without: {
      count: 'no REST endpoints: every route answers 501',
      findByID: 'the same',
      update: 'the same',
      delete: 'the same',
    },
    rows: [
      row('find', 501, 501, 501, 501, 501, 501, 501),
      row('create', 501, 501, 501, 501, 501, 501, 501),
      row('gql find', 400, 400, 400, 400, 400, 400, 400),
    ],
  },
}

/** Endpoints that belong to no collection. */
export const ENDPOINTS: Section = {
  fixtures: {},
  rows: [
    row('reports: own region', 401, 403, 403, 200, 200, 403, 200, {
      note: 'GET /api/reports/contributions',
    }),
    row('reports: region B', 401, 403, 403, 403, 200, 403, 200),
    row('ethics-queue', 401, 403, 403, 403, 200, 200, 200, {
      note: 'GET /api/ai-ethics/queue (chief editors: read-only)',
    }),
  ],
}
