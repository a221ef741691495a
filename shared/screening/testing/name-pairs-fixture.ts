// The labelled name pairs (resources/screening/name-pairs.csv) for tests, read through Vite's
// ?raw import so no Node built-in is needed in shared/.
/// <reference types="vite/client" />
import pairsCsv from '../../../resources/screening/name-pairs.csv?raw'
import { parseNamePairsCsv, type NamePair } from '../pair-evaluation'

export const NAME_PAIRS: readonly NamePair[] = parseNamePairsCsv(pairsCsv)
