// Run as a child of the global setup, with DATABASE_URL naming the template to prepare:
// each template needs its own process because the Payload config binds its pool at import.
import { getPayload } from 'payload'

import config from '../../payload.config'
import { prepareDatabase } from '../../src/prepare'

const payload = await getPayload({ config })
await prepareDatabase(payload, { production: false, seed: process.argv.includes('--seed') })
process.exit(0)
