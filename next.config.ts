import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

// Next serves only the admin; /api and /api/graphql are answered by express (src/server.ts).
// Types are checked by `npm run typecheck` (part of `npm test`), not on every start's build.
const nextConfig: NextConfig = { typescript: { ignoreBuildErrors: true } }

export default withPayload(nextConfig)
