// A rule check returns the finding's params when the rule fires, null when it does not.
// Each rule fires at most once per document; severity and id are attached by document-rules.ts.
import type { DocumentRuleContext } from '../finding'

export type RuleCheck = (context: DocumentRuleContext) => Record<string, string> | null
