// Test fixture for MatcherPool: a matcher worker that accepts enrolment and then dies on the first
// search, as a worker would on an out-of-memory kill or a native crash.
import { parentPort } from 'node:worker_threads'
import type { MatcherRequest } from './matcher-messages'

parentPort!.on('message', (request: MatcherRequest) => {
  if (request.type === 'add') parentPort!.postMessage({ type: 'added', id: request.id, size: request.subjectIds.length })
  else process.exit(70)
})
