import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and API are served by Payload; nothing here needs remote images or telemetry.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
