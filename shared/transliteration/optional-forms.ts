// Doc 9303 Part 3 §6 optional transliterations. Rarely used (the SEVP page rejects them), but they
// exist on real documents, so they are an option and always a variant.

export const OPTIONAL_FORMS: Readonly<Record<string, string>> = {
  Ü: 'UXX',
  Ñ: 'NXX',
}
