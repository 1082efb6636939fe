import { createPrivateKey, type KeyObject, X509Certificate } from 'crypto'
import fs from 'fs'

/** A COSE algorithm c2pa-rs accepts, with what Node needs to make its signature. */
export type SigningAlgorithm = 'ed25519' | 'es256' | 'es384' | 'es512' | 'ps256'

/** The Club's signing identity, checked: the certificate chain (signer first) and its private key. */
export type SigningCredentials = {
  alg: SigningAlgorithm
  /** DER of every certificate, the signer's first, as the COSE `x5chain` carries them. */
  chain: Uint8Array[]
  key: KeyObject
  /** The signer certificate's subject, e.g. `CN=…, O=…`. */
  subject: string
  /** The organisation the certificate names (O, else CN): the publisher in the manifest. */
  organization: string
  validTo: Date
}

// What C2PA's certificate profile accepts as the signer's extended key usage (C2PA 2.1, §14.5.1): e-mail
// protection, document signing, C2PA claim signing, time stamping and OCSP signing; never anyExtendedKeyUsage.
const C2PA_EKUS: Record<string, string> = {
  '1.3.6.1.4.1.62558.2.1': 'C2PA claim signing',
  '1.3.6.1.5.5.7.3.36': 'document signing',
  '1.3.6.1.5.5.7.3.4': 'e-mail protection',
  '1.3.6.1.5.5.7.3.8': 'time stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP signing',
}
const ANY_EKU = '2.5.29.37.0'

const CURVE_ALG: Record<string, SigningAlgorithm> = {
  'P-256': 'es256',
  'P-384': 'es384',
  'P-521': 'es512',
  prime256v1: 'es256',
  secp384r1: 'es384',
  secp521r1: 'es512',
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

/** PEM text as given, or the contents of the file it names. */
const pemText = (value: string, name: string): string => {
  if (value.includes('-----BEGIN')) return value.replace(/\\n/g, '\n') // a PEM pasted into one env line
  try {
    return fs.readFileSync(value, 'utf8')
  } catch (error) {
    throw new Error(
      `${name}: "${value}" is neither PEM text nor a readable file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Give the PEM itself or the path of a PEM file.`,
    )
  }
}

const nameOf = (subject: string, attribute: 'CN' | 'O') =>
  subject
    .split('\n')
    .find((line) => line.startsWith(`${attribute}=`))
    ?.slice(attribute.length + 1)

const algorithmOf = (key: KeyObject, name: string): SigningAlgorithm => {
  if (key.asymmetricKeyType === 'ec') {
    const alg = CURVE_ALG[key.asymmetricKeyDetails?.namedCurve ?? '']
    if (alg) return alg
    throw new Error(
      `${name}: an EC key on curve ${key.asymmetricKeyDetails?.namedCurve} cannot sign C2PA manifests; use P-256, P-384 or P-521.`,
    )
  }
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519'
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
    if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
      throw new Error(`${name}: an RSA key must have at least 2048 bits for C2PA.`)
    return 'ps256'
  }
  throw new Error(
    `${name}: a ${key.asymmetricKeyType} key cannot sign C2PA manifests; use an EC (P-256/384/521), Ed25519 or RSA key.`,
  )
}

/**
 * Reads and checks the signing certificate chain and key (PEM text or file paths), with errors that say what to fix:
 * the signer certificate must be an end-entity certificate with an extended key usage C2PA accepts, valid now,
 * matching the key, and each further certificate must have issued the one before it.
 */
export const loadSigningCredentials = (
  input: { certificate: string; privateKey: string },
  names: { certificate: string; privateKey: string },
  now = new Date(),
): SigningCredentials => {
  const pems = pemText(input.certificate, names.certificate).match(PEM_CERT) ?? []
  if (pems.length === 0)
    throw new Error(
      `${names.certificate}: no "-----BEGIN CERTIFICATE-----" block found; give the signer's certificate chain in PEM, the signer's certificate first.`,
    )
  let certificates: X509Certificate[]
  try {
    certificates = pems.map((pem) => new X509Certificate(pem))
  } catch (error) {
    throw new Error(
      `${names.certificate}: a certificate does not parse (${(error as Error).message}).`,
    )
  }
  let key: KeyObject
  try {
    key = createPrivateKey(pemText(input.privateKey, names.privateKey))
  } catch (error) {
    if ((error as Error).message.startsWith(names.privateKey)) throw error
    throw new Error(
      `${names.privateKey}: the private key does not parse (${(error as Error).message}); give an unencrypted PEM key (PKCS#8, SEC1 or PKCS#1).`,
    )
  }
  const [signer] = certificates
  const subject = signer.subject.replace(/\n/g, ', ')
  if (signer.ca)
    throw new Error(
      `${names.certificate}: the first certificate (${subject}) is a CA certificate; C2PA needs an end-entity signing certificate first, then its issuers.`,
    )
  const ekus = signer.keyUsage ?? []
  if (ekus.includes(ANY_EKU) || !ekus.some((oid) => oid in C2PA_EKUS)) {
    throw new Error(
      `${names.certificate}: the signer certificate (${subject}) has extended key usage [${ekus.join(', ') || 'none'}]; C2PA needs one of ${Object.entries(
        C2PA_EKUS,
      )
        .map(([oid, label]) => `${label} (${oid})`)
        .join(', ')}, and not anyExtendedKeyUsage.`,
    )
  }
  const validFrom = new Date(signer.validFrom)
  const validTo = new Date(signer.validTo)
  if (now < validFrom || now > validTo)
    throw new Error(
      `${names.certificate}: the signer certificate (${subject}) is valid from ${validFrom.toISOString()} to ${validTo.toISOString()}, not now; renew it.`,
    )
  if (!signer.checkPrivateKey(key))
    throw new Error(
      `${names.privateKey}: the private key is not the signer certificate's (${subject}); give the key the certificate was issued for.`,
    )
  certificates.forEach((certificate, index) => {
    const issuer = certificates[index + 1]
    if (issuer && !(certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey))) {
      throw new Error(
        `${names.certificate}: certificate ${index + 2} (${issuer.subject.replace(/\n/g, ', ')}) did not issue certificate ${index + 1}; list the chain in order, signer first.`,
      )
    }
  })
  return {
    alg: algorithmOf(key, names.privateKey),
    chain: certificates.map((certificate) => new Uint8Array(certificate.raw)),
    key,
    organization: nameOf(signer.subject, 'O') ?? nameOf(signer.subject, 'CN') ?? subject,
    subject,
    validTo,
  }
}
