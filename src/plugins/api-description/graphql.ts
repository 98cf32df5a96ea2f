import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import type { SanitizedConfig } from 'payload'

/** The SDL of the schema Payload's GraphQL route serves: the same builder, on the same config. */
export const graphqlSchemaText = (config: SanitizedConfig): string =>
  printSchema(configToSchema(config).schema)
