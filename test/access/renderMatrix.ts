import { ENDPOINTS, MATRIX, type Outcome, PERSONA_LABELS, PERSONAS, type Section } from './matrix'

const cell = (outcome: Outcome): string => {
  if (typeof outcome === 'number') return String(outcome)
  if (outcome.startsWith('[')) return outcome === '[]' ? 'none' : outcome.slice(1, -1)
  return outcome
}

const escape = (text: string) => text.replace(/\|/g, '\\|')

const table = (section: Section): string[] => {
  const lines = [
    `| operation | ${PERSONAS.map((persona) => PERSONA_LABELS[persona]).join(' | ')} |`,
    `|---|${PERSONAS.map(() => '---').join('|')}|`,
  ]
  for (const row of section.rows) {
    const marks = [row.note ?? '', row.awaits ? `also decided by ${row.awaits}` : '']
      .filter(Boolean)
      .join('; ')
    lines.push(
      `| \`${escape(row.op)}\`${marks ? ` — ${escape(marks)}` : ''} | ${row.cells.map(cell).join(' | ')} |`,
    )
  }
  return lines
}

const fixtures = (section: Section): string[] =>
  Object.keys(section.fixtures).length === 0
    ? []
    : [
        'Fixtures: ' +
          Object.entries(section.fixtures)
            .map(([key, what]) => `**${key}** ${what}`)
            .join('; ') +
          '.',
        '',
      ]

/** The matrix as Markdown: docs/access-matrix.md (`npm run docs:access-matrix`). */
export const renderAccessMatrix = (): string => {
  // Collections that share one section (the publishable ones) are shown once.
  const groups = new Map<Section, string[]>()
  for (const [slug, section] of Object.entries(MATRIX))
    groups.set(section, [...(groups.get(section) ?? []), slug])
  const out = [
    '# Who reads and changes what',
    '',
    '<!-- Generated from test/access/matrix.ts by `npm run docs:access-matrix`; do not edit by hand. -->',
    '',
    'Every collection of the configuration, every persona, every operation: what must happen. `test/access/matrix.spec.ts`',
    'checks each cell over real HTTP (REST and GraphQL) on SQLite and PostgreSQL, and fails when a collection has no',
    'section here.',
    '',
    'Personas: **anonymous**; **journalist A** (region A, the author of the A items); **journalist B** (region B); **editor A**',
    '(regional editor of A); **chief editor**; **ethics reviewer**; **admin**.',
    '',
    'Cells: a number is the HTTP status (GraphQL: the status of the first error, 200 when the data came back, 400 when the',
    'query is not in the schema); a list of fixtures means 200 with exactly those (a count: as many), `none` an empty list;',
    '`shown` / `hidden`: 200, with or without the field; `live` / `revision`: the published text or the unpublished revision.',
    'Operations read `<op> <fixture>[: <variant>]`; `gql` marks the GraphQL equivalent.',
    '',
  ]
  for (const [section, slugs] of groups) {
    out.push(`## ${slugs.map((slug) => `\`${slug}\``).join(', ')}`, '')
    if (section.note) out.push(section.note, '')
    out.push(...fixtures(section), ...table(section), '')
    if (section.without) {
      out.push(
        ...Object.entries(section.without).map(([op, why]) => `- no \`${op}\` row: ${why}.`),
        '',
      )
    }
  }
  out.push('## Endpoints of no collection', '', ...table(ENDPOINTS), '')
  return out.join('\n')
}
