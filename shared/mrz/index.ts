// Public API of the MRZ module (ICAO Doc 9303 TD1/TD2/TD3 and MRV-A/MRV-B visas). Pure TS: runs in Node and the browser.
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
  MrzCorrection,
  MrzField,
  MrzIssue,
  MrzIssueCode,
  MrzOcrRisk,
  MrzParseOptions,
  MrzParseResult,
  MrzPosition,
  MrzWarning,
  MrzWarningCode,
} from './types'
export {
  buildMrvA,
  buildMrvB,
  buildTd1,
  buildTd2,
  buildTd3,
  type MrvBuildFields,
  type MrzBuildFields,
  type MrzBuildOptions,
  type Td1BuildFields,
  type Td2BuildFields,
  type Td3BuildFields,
} from './build'
export { splitMrzName, type MrzName } from './names'
export { OCR_DIGIT_FOR_LETTER, OCR_LETTER_FOR_DIGIT } from './ocr-corrections'
export { invisibleConfusionsOf } from './ocr-risks'
