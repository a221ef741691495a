// Public API of the MRZ module (ICAO Doc 9303 TD1/TD2/TD3). Pure TS: runs in Node and the browser.
export { computeCheckDigit, isMrzCharset, mrzCharValue, tryComputeCheckDigit } from './check-digit'
export {
  detectMrzFormat,
  MRZ_LAYOUTS,
  type MrzCompositeLayout,
  type MrzFieldKind,
  type MrzFieldLayout,
  type MrzFieldName,
  type MrzFormat,
  type MrzFormatLayout,
  type MrzRange,
} from './formats'
export { parseMrz } from './parse'
export type {
  MrzCheckDigit,
  MrzField,
  MrzIssue,
  MrzIssueCode,
  MrzParseOptions,
  MrzParseResult,
  MrzPosition,
} from './types'
export {
  buildTd1,
  buildTd2,
  buildTd3,
  type MrzBuildFields,
  type MrzBuildOptions,
  type Td1BuildFields,
  type Td2BuildFields,
  type Td3BuildFields,
} from './build'
export { splitMrzName, type MrzName } from './names'
