import { withPayload } from '@payloadcms/next/withPayload'

import { adminContentSecurityPolicy, SECURITY_HEADERS } from './src/http/headerPolicy.mjs'

const securityHeaders = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }))

// NEXT_BUILD_VARIANT=bench-bare (`npm run bench:build-bare`, and the servers `npm run bench:delivery` starts from it):
// the same app built against bench/payload.config.ts, its hooks and access rules off, into .next-bench. Unset, as
// for `npm run build` and `npm start`, the build is the app's own and nothing of bench/ is compiled into it.
const variant = process.env.NEXT_BUILD_VARIANT || undefined
if (variant !== undefined && variant !== 'bench-bare') {
  throw new Error(
    `NEXT_BUILD_VARIANT: the only variant is "bench-bare" (benchmarks); unset it for the app's build.`,
  )
}
const benchBare = variant === 'bench-bare'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and API are served by Payload; nothing here needs remote images or telemetry.
  poweredByHeader: false,
  // exifr (AI provenance from XMP) loads fs and zlib lazily; bundled it cannot ("Couldn't load zlib"), and compressed
  // XMP in PNGs would go unread. Node loads it as a plain package instead. c2pa-wasm (C2PA manifests) reads its
  // .wasm file from its own package folder at run time. cbor-x (the COSE signature of Content Credentials) picks its
  // optional native encoder at run time.
  serverExternalPackages: ['exifr', '@contentauth/c2pa-wasm', 'cbor-x'],
  // `npm run typecheck` checks the whole project (tests included) as its own CI step.
  typescript: {
    ignoreBuildErrors: true,
    ...(benchBare && { tsconfigPath: 'bench/tsconfig.bare.json' }),
  },
  ...(benchBare && { distDir: '.next-bench' }),
  // Pages, the admin and Next's assets. The API routes set the same headers themselves (src/http/withSecurityHeaders.ts),
  // so the specs see them too. Evaluated by `next build`: WEBSITE_URL is read when building.
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The reader preview (src/delivery/previewPage.ts) is framed by the admin's Live preview, on this origin; the
      // later rule wins for the same header. The page sets its own Content-Security-Policy.
      { source: '/preview/:path*', headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }] },
      {
        source: '/admin/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: adminContentSecurityPolicy({
              development: process.env.NODE_ENV !== 'production',
              websiteUrl: process.env.WEBSITE_URL,
            }),
          },
        ],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
