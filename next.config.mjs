import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and API are served by Payload; nothing here needs remote images or telemetry.
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (tests included) as its own CI step.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
