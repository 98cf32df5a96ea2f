import type { CollectionConfig, Config, Field } from 'payload'

/**
 * `fields` with `change` made to each, and to those they hold: in rows, collapsibles, groups,
 * arrays, tabs and blocks.
 */
export const mapFields = (fields: Field[], change: (field: Field) => Field): Field[] =>
  fields.map((field) => {
    const changed = change(field)
    if (changed.type === 'tabs')
      return {
        ...changed,
        tabs: changed.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })),
      }
    if (changed.type === 'blocks')
      return {
        ...changed,
        blocks: changed.blocks.map((block) => ({
          ...block,
          fields: mapFields(block.fields, change),
        })),
      }
    if ('fields' in changed)
      return { ...changed, fields: mapFields(changed.fields, change) } as Field
    return changed
  })

/** The config with `change` made to each of its collections. */
export const mapCollections = (
  config: Config,
  change: (collection: CollectionConfig) => CollectionConfig,
): Config => ({ ...config, collections: (config.collections ?? []).map(change) })
