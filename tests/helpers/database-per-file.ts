import { inject } from 'vitest'

import { createDatabaseFrom, TEST_SECRET } from './cluster'

// Runs before each test file is imported: the Payload config then binds to this file's database.
process.env.DATABASE_URL = await createDatabaseFrom(
  inject('adminUrl'),
  inject('templates').seeded,
  inject('databasePrefix'),
)
process.env.PAYLOAD_SECRET = TEST_SECRET
process.env.LOG_LEVEL ??= 'warn'
