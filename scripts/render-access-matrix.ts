// Writes docs/access-matrix.md from the access matrix (test/access/matrix.ts): `npm run docs:access-matrix`.
import fs from 'fs'
import path from 'path'

import { renderAccessMatrix } from '../test/access/renderMatrix'

const target = path.resolve('docs/access-matrix.md')
fs.mkdirSync(path.dirname(target), { recursive: true })
fs.writeFileSync(target, renderAccessMatrix())
console.log(`wrote ${path.relative(process.cwd(), target)}`)
