// Errors of the risk store, with the codes the API layer already maps
// (shared/api/result.ts). Invalid profiles throw RiskProfileInvalid (shared/risk).
export class RiskStoreError extends Error {
  constructor(
    readonly code: 'forbidden' | 'not-found' | 'conflict',
    message: string,
  ) {
    super(message)
  }
}
