import type { Migration } from './migration'

export const readerDevice: Migration = {
  version: 2,
  name: 'document reader device',
  sql: `
      -- Which device read the document (a reader id, or keyboard-wedge); NULL for manual entry.
      ALTER TABLE documents ADD COLUMN reader_device TEXT;
    `,
}
