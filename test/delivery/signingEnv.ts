import { makeTestIdentity } from '../../plugins/ai-ethics/test/signingCert'

// Imported before the app's config: the Club's throwaway certificate, as an operator configures it (a path for the
// certificate chain, the key's PEM itself).
export const clubIdentity = makeTestIdentity(
  '/CN=KazPress Journalists Club/O=Journalists Club of Kazakhstan',
)
process.env.C2PA_SIGN_CERT = clubIdentity.certPath
process.env.C2PA_SIGN_KEY = clubIdentity.keyPem
