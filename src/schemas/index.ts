/** All collection schemas in one place, keyed by collection name (= folder under content/), from the registry. */
import type { CollectionName, SchemaContext } from './helpers';
import { registry, type CollectionInfo } from './registry';

export const collectionNames = Object.keys(registry) as CollectionName[];

/** The schema factory of each collection. */
export const schemas = Object.fromEntries(collectionNames.map((c) => [c, registry[c].schema])) as Record<CollectionName, CollectionInfo['schema']>;

export { registry, cmsOrder, entryPath, referencesOf, sectionPath, type BodyInfo, type CollectionInfo, type CmsCollectionInfo } from './registry';
export type { CollectionName, SchemaContext };
