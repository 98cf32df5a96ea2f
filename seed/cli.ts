// `npm run seed`: loads the 2014 programme into the project's database (idempotent) and says
// what it created, updated and left alone.
import { openProjectDatabase } from '../src/db'
import { readEnv, StartupError } from '../src/env'

// What the operator can fix (a variable, the server holding the embedded database) in one line,
// as `npm start` says it.
const { env, database } = await (async () => {
  try {
    const env = readEnv()
    return { env, database: await openProjectDatabase(env) }
  } catch (error) {
    if (!(error instanceof StartupError)) throw error
    console.error(`Cannot seed: ${error.message}`)
    process.exit(1)
  }
})()

let code = 0
try {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { prepareDatabase } = await import('../src/prepare')
  const { seed } = await import('.')
  const payload = await getPayload({ config })
  // Payload keeps a client checked out; stopping the embedded cluster below closes it.
  payload.db.pool.on('error', () => undefined)
  await prepareDatabase(payload, { production: env.NODE_ENV === 'production', seed: false })
  const report = await seed(payload, { production: env.NODE_ENV === 'production' })
  for (const [collection, { created, updated, unchanged }] of Object.entries(report)) {
    console.log(
      `${collection.padEnd(16)} created ${String(created.length).padStart(3)}  updated ${String(updated.length).padStart(3)}  unchanged ${String(unchanged).padStart(3)}`,
    )
    for (const name of created) console.log(`  + ${name}`)
    for (const name of updated) console.log(`  ~ ${name}`)
  }
} catch (error) {
  console.error(`Seed failed, nothing was written: ${(error as Error).message}`)
  code = 1
}
await database.stop()
process.exit(code)
