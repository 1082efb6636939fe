import sharp from 'sharp'

import { IPTC_DST } from '../src/provenance/classify'
import { coseSigner } from '../src/signing/cose'
import { loadSigningCredentials } from '../src/signing/credentials'
import { signAsset } from '../src/signing/signImage'
import { makeTestIdentity } from './signingCert'

/** A plain JPEG of the given size (a gradient, so the sizes are not empty). */
export const plainJpeg = (width: number, height: number): Promise<Buffer> =>
  sharp({ create: { background: { b: 120, g: 90, r: 30 }, channels: 3, height, width } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="orange"/></svg>`,
        ),
      },
    ])
    .jpeg()
    .toBuffer()

/**
 * A JPEG as an AI image generator delivers it: a C2PA manifest of its own (`c2pa.created`, trainedAlgorithmicMedia)
 * signed by the generator's throwaway certificate, not the Club's.
 */
export const aiGeneratedJpeg = async (width: number, height: number): Promise<Buffer> => {
  const generator = makeTestIdentity('/CN=Test image generator/O=Generator Inc')
  const credentials = loadSigningCredentials(
    { certificate: generator.certPath, privateKey: generator.keyPath },
    { certificate: 'generator cert', privateKey: 'generator key' },
  )
  const definition = {
    assertions: [
      {
        data: {
          actions: [
            { action: 'c2pa.created', digitalSourceType: `${IPTC_DST}trainedAlgorithmicMedia` },
          ],
        },
        label: 'c2pa.actions.v2',
      },
    ],
    claim_generator_info: [{ name: 'test-image-generator', version: '1' }],
    title: 'generated.jpg',
  }
  return Buffer.from(
    await signAsset(coseSigner(credentials), definition, {
      data: new Uint8Array(await plainJpeg(width, height)),
      format: 'image/jpeg',
    }),
  )
}
