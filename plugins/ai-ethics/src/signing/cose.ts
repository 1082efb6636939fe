import { Encoder, Tag } from 'cbor-x'
import { constants, sign } from 'crypto'

import type { SigningAlgorithm, SigningCredentials } from './credentials'

/** What c2pa-rs's builder asks of a signer: it hands over the claim and expects the whole COSE_Sign1 back. */
export type CoseSigner = {
  alg: SigningAlgorithm
  reserveSize: number
  sign: (claim: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>
}

// COSE algorithm identifiers (IANA "COSE Algorithms").
const COSE_ALG: Record<SigningAlgorithm, number> = {
  ed25519: -8,
  es256: -7,
  es384: -35,
  es512: -36,
  ps256: -37,
}
const X5CHAIN = 33
// Room for the signature, the certificates and padding; c2pa-rs requires the COSE to be exactly this long.
const RESERVE_BASE = 2048

const cbor = new Encoder({ mapsAsObjects: false, tagUint8Array: false, useRecords: false })

const signatureOf = (credentials: SigningCredentials, data: Uint8Array): Buffer => {
  switch (credentials.alg) {
    case 'ed25519':
      return sign(null, data, credentials.key)
    case 'ps256':
      return sign('sha256', data, {
        key: credentials.key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: 32,
      })
    default:
      // COSE carries ECDSA signatures as r‖s, not DER.
      return sign(`sha${credentials.alg.slice(2)}`, data, {
        dsaEncoding: 'ieee-p1363',
        key: credentials.key,
      })
  }
}

/**
 * A COSE_Sign1 signer (RFC 9052; C2PA 2.1 §14) over the claim c2pa-rs builds: detached payload, the algorithm and the
 * certificate chain (`x5chain`) in the protected header, padded to exactly the size reserved in the manifest.
 * No time stamp: the signature is checked against the certificate's validity at the time it is read.
 */
export const coseSigner = (credentials: SigningCredentials): CoseSigner => {
  const reserveSize = RESERVE_BASE + credentials.chain.reduce((total, der) => total + der.length, 0)
  const protectedHeader = cbor.encode(
    new Map<number, unknown>([
      [1, COSE_ALG[credentials.alg]],
      [X5CHAIN, credentials.chain],
    ]),
  )
  return {
    alg: credentials.alg,
    reserveSize,
    sign: async (claim) => {
      const toBeSigned = cbor.encode(['Signature1', protectedHeader, new Uint8Array(0), claim])
      const signature = new Uint8Array(signatureOf(credentials, toBeSigned))
      const encode = (pad: number) =>
        cbor.encode(
          new Tag([protectedHeader, new Map([['pad', new Uint8Array(pad)]]), null, signature], 18),
        )
      // The pad's own length prefix grows with it: settle in a few rounds.
      let pad = 0
      for (let round = 0; round < 4; round++) pad += reserveSize - encode(pad).length
      const cose = encode(pad)
      if (cose.length !== reserveSize)
        throw new Error(`COSE signature is ${cose.length} bytes, not the ${reserveSize} reserved`)
      return new Uint8Array(cose)
    },
  }
}
