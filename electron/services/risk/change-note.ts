// Every new version says why it exists; the note goes to the version row and the audit entry.
import { z } from 'zod'
import { parseOrThrow } from '../../../shared/risk/validation'

const changeNoteSchema = z.strictObject({ changeNote: z.string().trim().min(3, 'say why (at least 3 characters)').max(500) })

export function changeNote(note: string): string {
  return parseOrThrow(changeNoteSchema, { changeNote: note }).changeNote
}
