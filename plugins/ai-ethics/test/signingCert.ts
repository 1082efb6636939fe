import { execFileSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'

/** A throwaway signing identity made with openssl: files in a temporary folder, and their PEM text. */
export type TestIdentity = {
  certPath: string
  chainPem: string
  dir: string
  keyPath: string
  keyPem: string
  rootPath: string
}

type Kind = 'ca-as-signer' | 'expired' | 'no-eku' | 'valid'

const openssl = (cwd: string, ...args: string[]) =>
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })

/**
 * A root CA and a P-256 signer certificate it issued (e-mail protection EKU, as C2PA's profile asks), made
 * synchronously so a spec can put them into the environment before the app's config is imported. `kind` makes
 * the broken variants the start-up check must refuse.
 */
export const makeTestIdentity = (
  subject = '/CN=Journalists Club signer/O=Journalists Club',
  kind: Kind = 'valid',
): TestIdentity => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'c2pa-identity-'))
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes']
  openssl(
    dir,
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'root.key',
    '-out',
    'root.pem',
    '-days',
    '30',
    '-subj',
    '/CN=Throwaway test root/O=Journalists Club',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  )
  openssl(
    dir,
    'req',
    '-new',
    ...ec,
    '-keyout',
    'signer.key',
    '-out',
    'signer.csr',
    '-subj',
    subject,
  )
  const extensions =
    kind === 'ca-as-signer'
      ? 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,digitalSignature\nextendedKeyUsage=emailProtection\n'
      : kind === 'no-eku'
        ? 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n'
        : 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=emailProtection\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n'
  fs.writeFileSync(path.join(dir, 'signer.ext'), extensions)
  // An expired certificate: openssl 3.0 cannot date one in the past, so it is made valid for one second and used after.
  openssl(
    dir,
    'x509',
    '-req',
    '-in',
    'signer.csr',
    '-CA',
    'root.pem',
    '-CAkey',
    'root.key',
    '-CAcreateserial',
    '-out',
    'signer.pem',
    '-extfile',
    'signer.ext',
    ...(kind === 'expired' ? ['-days', '0'] : ['-days', '30']),
  )
  const chainPem =
    fs.readFileSync(path.join(dir, 'signer.pem'), 'utf8') +
    fs.readFileSync(path.join(dir, 'root.pem'), 'utf8')
  fs.writeFileSync(path.join(dir, 'chain.pem'), chainPem)
  return {
    certPath: path.join(dir, 'chain.pem'),
    chainPem,
    dir,
    keyPath: path.join(dir, 'signer.key'),
    keyPem: fs.readFileSync(path.join(dir, 'signer.key'), 'utf8'),
    rootPath: path.join(dir, 'root.pem'),
  }
}
