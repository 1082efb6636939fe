import { BMFF, JPEG, PNG } from '@trustnxt/c2pa-ts/asset'
import { SuperBox } from '@trustnxt/c2pa-ts/jumbf'
import { ManifestStore } from '@trustnxt/c2pa-ts/manifest'

/** What a second C2PA implementation (@trustnxt/c2pa-ts, not c2pa-rs that signed) reads and checks in a file. */
export type VerifiedManifest = {
  actions: { action: string; digitalSourceType?: string; ingredients: number }[]
  creativeWork?: { editor?: { name?: string }[]; publisher?: { name?: string } }
  errors: string[]
  /** The ingredient's own manifest, if it carried one: its actions' digital source types and its signer. */
  ingredient?: {
    relationship?: string
    title?: string
    manifest?: { digitalSourceTypes: string[]; signer?: string }
  }
  manifests: number
  signer?: string
  valid: boolean
}

const assetOf = (data: Uint8Array) => {
  for (const Type of [JPEG, PNG, BMFF]) if (Type.canRead(data)) return new Type(data)
  throw new Error('c2pa-ts cannot read this format')
}

/** Reads the manifest store of a file with c2pa-ts, validates it against the file, and summarises the active manifest. */
export const verifyWithC2paTs = async (
  bytes: Uint8Array,
): Promise<undefined | VerifiedManifest> => {
  const data = new Uint8Array(bytes)
  const asset = assetOf(data)
  const jumbf = asset.getManifestJUMBF() as Uint8Array<ArrayBuffer> | undefined
  if (!jumbf) return undefined
  const store = ManifestStore.read(SuperBox.fromBuffer(jumbf))
  const result = await store.validate(asset)
  const active = store.getActiveManifest()!
  const assertions = (active.assertions?.assertions ?? []) as any[]
  const actions = assertions
    .filter((a) => a.label?.startsWith('c2pa.actions'))
    .flatMap((a) => a.actions ?? [])
  const creativeWork = assertions.find((a) => a.label === 'stds.schema-org.CreativeWork')?.item
  const ingredientAssertion = assertions.find((a) => a.label?.startsWith('c2pa.ingredient'))
  const ingredientManifestLabel = /\/c2pa\/([^/]+)/.exec(
    ingredientAssertion?.activeManifest?.uri ?? '',
  )?.[1]
  const ingredientManifest = store.manifests.find(
    (manifest) => manifest.label === ingredientManifestLabel,
  )
  const sourceTypesOf = (manifest: typeof active) =>
    ((manifest.assertions?.assertions ?? []) as any[])
      .filter((a) => a.label?.startsWith('c2pa.actions'))
      .flatMap((a) => a.actions ?? [])
      .map((action: { digitalSourceType?: string }) => action.digitalSourceType)
      .filter(Boolean) as string[]
  return {
    actions: actions.map((action: any) => ({
      action: action.action,
      ...(action.digitalSourceType ? { digitalSourceType: action.digitalSourceType } : {}),
      ingredients: action.parameters?.ingredients?.length ?? 0,
    })),
    creativeWork,
    errors: result.statusEntries
      .filter((entry) => !entry.success)
      .map((entry) => `${entry.code}${entry.explanation ? `: ${entry.explanation}` : ''}`),
    ingredient: ingredientAssertion
      ? {
          manifest: ingredientManifest
            ? {
                digitalSourceTypes: sourceTypesOf(ingredientManifest),
                signer:
                  ingredientManifest.signature?.signatureData?.certificate?.subject?.toString(),
              }
            : undefined,
          relationship: ingredientAssertion.relationship,
          title: ingredientAssertion.title,
        }
      : undefined,
    manifests: store.manifests.length,
    signer: active.signature?.signatureData?.certificate?.subject?.toString(),
    valid: result.isValid,
  }
}
