import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and API are served by Payload; nothing here needs remote images or telemetry.
  poweredByHeader: false,
  // exifr (AI provenance from XMP) loads fs and zlib lazily; bundled it cannot ("Couldn't load zlib"), and compressed
  // XMP in PNGs would go unread. Node loads it as a plain package instead. c2pa-wasm (C2PA manifests) reads its
  // .wasm file from its own package folder at run time.
  serverExternalPackages: ['exifr', '@contentauth/c2pa-wasm'],
  // `npm run typecheck` checks the whole project (tests included) as its own CI step.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
