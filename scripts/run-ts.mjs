#!/usr/bin/env node
// Runs a TypeScript entry point of this project: `node --conditions=production scripts/run-ts.mjs <file.ts>`.
// The project's own TypeScript is bundled with esbuild (packages stay external) and run by plain Node.
// Why not Payload's CLI (tsx): Lexical's `node` entry points load their build through top-level await, and on
// Node 20 that import can stay unsettled, so the process exits with code 0 having done nothing
// (payloadcms/payload#16381, #17757) — `payload migrate` once left an empty database behind. Run with
// `--conditions=production` (or development), Node resolves Lexical's plain build and the import completes.
import { build } from 'esbuild'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]')
  process.exit(2)
}
// Route modules import stylesheets for Next's bundler (`@payloadcms/next/css`); outside Next they mean nothing.
const ignoreStylesheets = {
  name: 'ignore-stylesheets',
  setup(build) {
    build.onResolve({ filter: /\.css$|^@payloadcms\/next\/css$/ }, (args) => ({
      namespace: 'stylesheet',
      path: args.path,
    }))
    build.onLoad({ filter: /.*/, namespace: 'stylesheet' }, () => ({ contents: '', loader: 'js' }))
  },
}
const outfile = path.resolve('.tmp/run', `${path.basename(entry).replace(/\.[cm]?tsx?$/, '')}.mjs`)
await build({
  alias: { '@payload-config': path.resolve('payload.config.ts') },
  bundle: true,
  entryPoints: [entry],
  format: 'esm',
  logLevel: 'warning',
  outfile,
  packages: 'external',
  platform: 'node',
  plugins: [ignoreStylesheets],
  target: 'node20',
  // Lets bundled code use require() and __dirname like the sources expect.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
})
// Scripts are not the Next dev server: Payload must not wait for its hot-reload socket.
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.argv = [process.argv[0], entry, ...args]
await import(pathToFileURL(outfile).href)
