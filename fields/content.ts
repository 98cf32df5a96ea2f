import type { CollectionConfig, TextField } from 'payload'

import { draftedContent, titleField } from './common'
import { slug } from './slug'

export type ContentCollectionOptions = Omit<CollectionConfig, 'access' | 'versions'> & {
  /**
   * The field that names a document, first in the form; the slug is made from it.
   * @default titleField
   */
  title?: TextField
  /** The list's columns between the title and the publication status. */
  columns: string[]
  /** What the list's search looks in besides the title and the slug. */
  searchable?: string[]
}

/**
 * A collection of the network's content (resources, trainings, events, regional groups): prepared
 * in drafts and published to all, named by its title and found by it or its slug; its own fields
 * follow the title and the slug.
 */
export const contentCollection = ({
  title = titleField,
  columns,
  searchable = [],
  fields,
  admin,
  ...config
}: ContentCollectionOptions): CollectionConfig => ({
  ...config,
  admin: {
    ...admin,
    useAsTitle: title.name,
    defaultColumns: [title.name, ...columns, '_status'],
    listSearchableFields: [title.name, 'slug', ...searchable],
  },
  ...draftedContent,
  fields: [title, slug(title.name), ...fields],
})
