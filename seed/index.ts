import type { Payload } from 'payload'

import { axesSet } from './data/axes'
import { budgetLinesSet } from './data/budget'
import { eventsSet } from './data/events'
import { functionsSet } from './data/functions'
import { membersSet } from './data/members'
import { milestonesSet } from './data/milestones'
import { regionalGroupsSet } from './data/regional-groups'
import { regionsSet } from './data/regions'
import { resourcesSet } from './data/resources'
import { trainingsSet } from './data/trainings'
import { demoUserSet } from './data/users'
import { DEMO_PASSWORD } from './demoPassword'
import { loadSeed, type SeedReport, type SeedSet } from './loader'

/** The 2014 programme, in the order its references need (each file holds its records and rules). */
export const contentSets: SeedSet[] = [
  regionsSet,
  membersSet,
  axesSet,
  functionsSet,
  resourcesSet,
  trainingsSet,
  regionalGroupsSet,
  eventsSet,
  budgetLinesSet,
  milestonesSet,
]

/** The whole seed: the 2014 programme, and the demo accounts outside production. */
export const seed = (
  payload: Payload,
  { production }: { production: boolean },
): Promise<SeedReport> =>
  loadSeed(payload, [...contentSets, ...(production ? [] : [demoUserSet(DEMO_PASSWORD)])])

/** Seeds a database that holds no organisation yet; a database in use is left alone. */
export const seedIfEmpty = async (payload: Payload, options: { production: boolean }) => {
  const { totalDocs } = await payload.count({ collection: 'members' })
  if (totalDocs > 0) return undefined
  payload.logger.info('empty database: loading the 2014 programme')
  return seed(payload, options)
}
