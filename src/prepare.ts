import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'
import { seedIfEmpty } from '../seed'
import { ensureChangeNotifications } from './cache/changes'
import { ensureKeptCounts } from './db/counts'

/** Brings a database to the schema of the committed migrations, then seeds it if it is empty. */
export const prepareDatabase = async (
  payload: Payload,
  { production, seed = true }: { production: boolean; seed?: boolean },
): Promise<void> => {
  // Payload's generated index types each migration's args precisely; migrate() takes `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  await ensureKeptCounts(payload)
  await ensureChangeNotifications(payload)
  if (seed) await seedIfEmpty(payload, { production })
}
