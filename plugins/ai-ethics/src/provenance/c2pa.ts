import fs from 'fs/promises'
import path from 'path'
import { pathToFileURL } from 'url'
import { Worker } from 'worker_threads'

/** What the C2PA manifest store of a file says, and whether it validates. */
export type C2paReading = {
  claimGenerator?: string
  /** digitalSourceType of the active manifest's `c2pa.actions` actions. */
  digitalSourceTypes: string[]
  /** Why no manifest could be looked for (a format the reader does not know), or why the store could not be read. */
  error?: string
  present: boolean
  /** `invalid`: the signature, the certificate or a hash does not check out; `errors` says which. */
  validation?: 'invalid' | 'valid'
  validationErrors: string[]
}

// No trust list is configured, so whether the signer is a known one is not checked (every signer would read as
// "untrusted"); everything else is: the claim signature, the certificate (C2PA profile, validity), every hash. Nothing
// is fetched: no remote manifests, no OCSP (an upload must not make the server call addresses it names).
const SETTINGS = JSON.stringify({
  verify: { ocsp_fetch: false, remote_manifest_fetch: false, verify_trust: false },
})

type Status = { code: string; explanation?: string }
type ManifestStore = {
  active_manifest?: string
  manifests?: Record<
    string,
    {
      assertions?: { data?: { actions?: { digitalSourceType?: unknown }[] }; label?: string }[]
      claim_generator?: string
      claim_generator_info?: { name?: string; version?: string }[]
    }
  >
  validation_results?: { activeManifest?: { failure?: Status[] } }
  validation_state?: string
  validation_status?: Status[]
}

// c2pa-rs (the C2PA reference implementation) compiled to WebAssembly: it reads the manifest store from every format
// the specification covers and validates it. The module is compiled once per process. WebAssembly memory only grows,
// so a file above IN_THREAD_MAX_BYTES (a sound, a video: up to 500 MB) is read in a worker thread of its own, ended
// afterwards, which also keeps its hashing from blocking other requests; smaller ones (every accepted image: 25 MB at
// most) are read in this thread, where a read costs milliseconds instead of a worker's ~250 ms start.
export const IN_THREAD_MAX_BYTES = 32 * 1024 * 1024
const PACKAGE = '@contentauth/c2pa-wasm'
const NODE_MODULE = 'node:module'
const TIMEOUT_MS = 120_000

/**
 * The package's glue and .wasm files, found by Node's own resolver at run time. Out of a bundler's sight on purpose:
 * one that sees a `.wasm` specifier compiles it in, and one that sees `require.resolve` answers with its own ids.
 */
const packageFiles = async () => {
  const { createRequire } = (await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ NODE_MODULE
  )) as typeof import('module')
  const from =
    typeof import.meta.url === 'string' && import.meta.url.startsWith('file:')
      ? import.meta.url
      : path.join(process.cwd(), 'package.json')
  const folder = path.join(
    path.dirname(createRequire(from).resolve(`${PACKAGE}/package.json`)),
    'pkg',
  )
  return {
    glue: pathToFileURL(path.join(folder, 'c2pa.js')).href,
    wasm: path.join(folder, 'c2pa_bg.wasm'),
  }
}

let compiled: Promise<{ glue: string; module: WebAssembly.Module }> | undefined
const compile = () =>
  (compiled ??= packageFiles()
    .then(async ({ glue, wasm }) => ({
      glue,
      module: await WebAssembly.compile(new Uint8Array(await fs.readFile(wasm))),
    }))
    .catch((error: unknown) => {
      compiled = undefined // the next upload tries again
      throw error
    }))

// CommonJS, run by `new Worker(…, { eval: true })`: nothing for a bundler to follow.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
import(workerData.glue)
  .then(async (c2pa) => {
    c2pa.initSync({ module: workerData.module })
    const reader = await c2pa.WasmReader.fromBytes(workerData.format, workerData.bytes, workerData.settings)
    parentPort.postMessage({ store: reader.manifestStore() })
  })
  .catch((error) => parentPort.postMessage({ error: String((error && error.message) || error) }))
`

/** What c2pa-rs said about the file (as opposed to the worker failing). */
class ReaderError extends Error {}

export type C2paWasm = typeof import('@contentauth/c2pa-wasm')
let inThread: Promise<C2paWasm> | undefined
/** c2pa-rs in this thread, compiled and instantiated once per process (the reader's and the signer's). */
export const c2paInThread = (): Promise<C2paWasm> =>
  (inThread ??= compile().then(async ({ module }) => {
    const glue: C2paWasm = await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ PACKAGE
    )
    glue.initSync({ module })
    return glue
  }))

const readInThread = async (data: Uint8Array, format: string): Promise<ManifestStore> => {
  const c2pa = await c2paInThread()
  let reader: Awaited<ReturnType<C2paWasm['WasmReader']['fromBytes']>>
  try {
    reader = await c2pa.WasmReader.fromBytes(format, data as Uint8Array<ArrayBuffer>, SETTINGS)
  } catch (error) {
    throw new ReaderError(String((error as Error)?.message ?? error))
  }
  try {
    return reader.manifestStore() as ManifestStore
  } finally {
    reader.free()
  }
}

const readInWorker = async (data: Uint8Array, format: string): Promise<ManifestStore> => {
  const { glue, module } = await compile()
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { bytes: data, format, glue, module, settings: SETTINGS },
  })
  try {
    const answer = await new Promise<{ error?: string; store?: ManifestStore }>(
      (resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)),
          TIMEOUT_MS,
        )
        worker.once('message', (message) => (clearTimeout(timer), resolve(message)))
        worker.once('error', (error) => (clearTimeout(timer), reject(error)))
        worker.once(
          'exit',
          (code) => (
            clearTimeout(timer),
            reject(new Error(`the C2PA reader stopped (exit code ${code})`))
          ),
        )
      },
    )
    if (answer.error !== undefined) throw new ReaderError(answer.error)
    return answer.store!
  } finally {
    await worker.terminate()
  }
}

const generatorOf = (manifest: NonNullable<ManifestStore['manifests']>[string]) => {
  const info = manifest.claim_generator_info?.[0]
  return (
    manifest.claim_generator ??
    (info?.name ? [info.name, info.version].filter(Boolean).join('/') : undefined)
  )
}

/**
 * Reads and validates the C2PA manifest store of a file of the given format (a file extension: jpg, webp, mp4…),
 * in a worker thread when the file is large (or when `worker` says so).
 */
export const readC2pa = async (
  data: Uint8Array,
  format: string,
  { worker = data.length > IN_THREAD_MAX_BYTES } = {},
): Promise<C2paReading> => {
  let store: ManifestStore
  try {
    store = await (worker ? readInWorker : readInThread)(data, format)
  } catch (error) {
    if (!(error instanceof ReaderError)) throw error
    const message = error.message
    if (/JumbfNotFound|ProvenanceMissing/.test(message))
      return { digitalSourceTypes: [], present: false, validationErrors: [] }
    if (/UnsupportedType/.test(message))
      return {
        digitalSourceTypes: [],
        error: `C2PA is not read from ${format} files`,
        present: false,
        validationErrors: [],
      }
    // A store that is there but cannot even be parsed is as untrustworthy as one whose signature fails.
    return {
      digitalSourceTypes: [],
      error: `unreadable manifest: ${message}`,
      present: true,
      validation: 'invalid',
      validationErrors: [message],
    }
  }
  const active = store.active_manifest ? store.manifests?.[store.active_manifest] : undefined
  const digitalSourceTypes = (active?.assertions ?? [])
    .filter((assertion) => String(assertion.label).startsWith('c2pa.actions'))
    .flatMap((assertion) => assertion.data?.actions ?? [])
    .map((action) => action.digitalSourceType)
    .filter((value): value is string => typeof value === 'string')
  const failures =
    store.validation_results?.activeManifest?.failure ?? store.validation_status ?? []
  const invalid = store.validation_state === 'Invalid' || !active
  return {
    claimGenerator: active ? generatorOf(active) : undefined,
    digitalSourceTypes,
    present: true,
    validation: invalid ? 'invalid' : 'valid',
    validationErrors: invalid
      ? failures.map((status) =>
          status.explanation ? `${status.code}: ${status.explanation}` : status.code,
        )
      : [],
  }
}
