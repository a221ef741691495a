// Alert lists: one SQLite file per list version, a registry in the workstation database, and
// importers for CSV, FollowTheMoney (OpenSanctions), INTERPOL notices and deltas.
export { ListStore, type ListStoreOptions } from './list-store'
export { importList, rebuildKeys, checkImportOptions, listsDir, type StoreContext } from './importer'
export { documentIssuerKey, documentTypeKey, vinKey, keysFingerprint } from './keys'
export { countryCode } from './country-codes'
export type * from './types'
