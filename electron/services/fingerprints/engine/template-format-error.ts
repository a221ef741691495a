// Thrown for a template record that cannot be read: truncated, wrong magic, counts that do not fit.
export class TemplateFormatError extends Error {
  override readonly name = 'TemplateFormatError'
}
