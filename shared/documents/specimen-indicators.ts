// Signs of an ICAO or national specimen (reference §5.5). A specimen at the primary line is a
// forgery or a training document, never a travel document.

/** Utopia, the fictitious state of the ICAO specimens. */
export const SPECIMEN_STATE_CODES: readonly string[] = ['UTO']

/** Full specimen names (surname, given names), compared word by word. */
export const SPECIMEN_FULL_NAMES: ReadonlyArray<{ surname: string; givenNames: string }> = [
  { surname: 'ERIKSSON', givenNames: 'ANNA MARIA' }, // ICAO Doc 9303 specimens
]

/** Any name word equal to one of these marks a specimen. */
export const SPECIMEN_NAME_WORDS: readonly string[] = [
  'MUSTERMANN', // German specimens (Erika Mustermann)
  'SPECIMEN',
  'VZOR', // Czech/Slovak for "specimen"
]

/** Document numbers of published specimens (as the parser gives them, check digit excluded). */
export const SPECIMEN_DOCUMENT_NUMBERS: readonly string[] = [
  'L898902C3', // ICAO TD3
  'L898902C', // ICAO Part 11 BAC example ('L898902C<')
  'D23145890', // ICAO TD1/TD2
  'D23145890123', // ICAO TD1 with a long number (reassembled from the overflow)
  'L8988901C', // ICAO MRV-A/MRV-B visas
  'C01X00T47', // German passport specimen
  'C11T002JM', // German passport specimen
  'ZE000509', // Canadian sample found in public parser docs
  '99003853',
]
