import fs from 'fs/promises'
import path from 'path'

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

// c2pa-rs (the C2PA reference implementation) compiled to WebAssembly: it reads the manifest store from every format
// the specification covers and validates it. Loaded once per process, on the first file that needs it. The import is
// left to Node at run time: a bundler that follows the package's `new URL('….wasm', import.meta.url)` breaks it.
type C2paWasm = typeof import('@contentauth/c2pa-wasm')
const PACKAGE = '@contentauth/c2pa-wasm'
const NODE_MODULE = 'node:module'

/**
 * The package's .wasm file, found by Node's own resolver at run time. Out of a bundler's sight on purpose: one that
 * sees a `.wasm` specifier compiles it in, and one that sees `require.resolve` answers with its own module ids.
 */
const wasmFile = async () => {
  const { createRequire } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ NODE_MODULE)) as typeof import('module')
  const from = typeof import.meta.url === 'string' && import.meta.url.startsWith('file:') ? import.meta.url : path.join(process.cwd(), 'package.json')
  return path.join(path.dirname(createRequire(from).resolve(`${PACKAGE}/package.json`)), 'pkg', 'c2pa_bg.wasm')
}

let ready: Promise<C2paWasm> | undefined
const load = () =>
  (ready ??= (async () => {
    const c2pa: C2paWasm = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PACKAGE)
    await c2pa.default({ module_or_path: await fs.readFile(await wasmFile()) })
    return c2pa
  })().catch((error: unknown) => {
    ready = undefined // the next upload tries again
    throw error
  }))

// No trust list is configured, so whether the signer is a known one is not checked (every signer would read as
// "untrusted"); everything else is: the claim signature, the certificate (C2PA profile, validity), every hash. Nothing
// is fetched: no remote manifests, no OCSP (an upload must not make the server call addresses it names).
const SETTINGS = JSON.stringify({
  verify: { ocsp_fetch: false, remote_manifest_fetch: false, verify_trust: false },
})

type Status = { code: string; explanation?: string }
type ManifestStore = {
  active_manifest?: string
  manifests?: Record<string, { assertions?: { data?: { actions?: { digitalSourceType?: unknown }[] }; label?: string }[]; claim_generator?: string; claim_generator_info?: { name?: string; version?: string }[] }>
  validation_results?: { activeManifest?: { failure?: Status[] } }
  validation_state?: string
  validation_status?: Status[]
}

const generatorOf = (manifest: NonNullable<ManifestStore['manifests']>[string]) => {
  const info = manifest.claim_generator_info?.[0]
  return manifest.claim_generator ?? (info?.name ? [info.name, info.version].filter(Boolean).join('/') : undefined)
}

/** Reads and validates the C2PA manifest store of a file of the given format (a file extension: jpg, webp, mp4…). */
export const readC2pa = async (data: Uint8Array, format: string): Promise<C2paReading> => {
  const { WasmReader } = await load()
  let store: ManifestStore
  try {
    const reader = await WasmReader.fromBytes(format, data, SETTINGS)
    try {
      store = reader.manifestStore() as ManifestStore
    } finally {
      reader.free()
    }
  } catch (error) {
    const message = String((error as Error)?.message ?? error)
    if (/JumbfNotFound|ProvenanceMissing/.test(message)) return { digitalSourceTypes: [], present: false, validationErrors: [] }
    if (/UnsupportedType/.test(message)) return { digitalSourceTypes: [], error: `C2PA is not read from ${format} files`, present: false, validationErrors: [] }
    // A store that is there but cannot even be parsed is as untrustworthy as one whose signature fails.
    return { digitalSourceTypes: [], error: `unreadable manifest: ${message}`, present: true, validation: 'invalid', validationErrors: [message] }
  }
  const active = store.active_manifest ? store.manifests?.[store.active_manifest] : undefined
  const digitalSourceTypes = (active?.assertions ?? [])
    .filter((assertion) => String(assertion.label).startsWith('c2pa.actions'))
    .flatMap((assertion) => assertion.data?.actions ?? [])
    .map((action) => action.digitalSourceType)
    .filter((value): value is string => typeof value === 'string')
  const failures = store.validation_results?.activeManifest?.failure ?? store.validation_status ?? []
  const invalid = store.validation_state === 'Invalid' || !active
  return {
    claimGenerator: active ? generatorOf(active) : undefined,
    digitalSourceTypes,
    present: true,
    validation: invalid ? 'invalid' : 'valid',
    validationErrors: invalid ? failures.map((status) => (status.explanation ? `${status.code}: ${status.explanation}` : status.code)) : [],
  }
}
