// Words that are part of a name as written but carry little identity: particles ("son of", "the",
// "of the") and honorific titles. Lists write them inconsistently (AL-ZAHRANI, ALZAHRANI, ZAHRANI;
// VAN DER BERG, BERG JAN VAN DER), so scoring sets them aside instead of demanding them.
// Kept as data: adding one is a one-line change reviewed like any other list.

/** Particles, after transliteration to MRZ form (upper case A–Z). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  // Arabic article, incl. sun-letter assimilations (AZ-ZARQAWI, AR-RASHID, ASH-SHARIF)
  'AL', 'EL', 'UL', 'AS', 'AZ', 'AD', 'AR', 'ASH', 'AT', 'ATH', 'ADH',
  // Arabic/Berber/Hebrew filiation
  'BIN', 'BEN', 'IBN', 'BINT', 'OULD', 'BINTI', 'BINTE',
  // Dutch, German, Afrikaans
  'VAN', 'VON', 'DER', 'DEN', 'TER', 'TEN', 'ZU', 'VOM', 'ZUM', 'ZUR',
  // Romance
  'DE', 'DA', 'DI', 'DO', 'DOS', 'DAS', 'DEL', 'DELLA', 'DELLE', 'DEI', 'DU', 'DES', 'LA', 'LE', 'LO', 'LOS', 'LAS',
])

/** Honorifics and ranks that lists put in the name field; never identity. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'MR', 'MRS', 'MS', 'MISS', 'DR', 'PROF', 'SIR', 'DAME', 'LORD',
  'SHEIKH', 'SHAIKH', 'SHEIK', 'SHAYKH', 'MULLAH', 'MULLA', 'MAULANA', 'MAWLAWI', 'MAULVI', 'MAWLAVI',
  'HAJI', 'HAJJI', 'ALHAJI', 'ALHAJ', 'HADJI', 'IMAM', 'QARI', 'MUFTI',
  'GEN', 'GENERAL', 'COL', 'COLONEL', 'MAJ', 'CAPT', 'LT',
])

/** Prefixes written glued or apart in Gaelic surnames: MC DONALD, MCDONALD, MACDONALD are one name. */
export const GAELIC_PREFIXES: ReadonlySet<string> = new Set(['MC', 'MAC'])
