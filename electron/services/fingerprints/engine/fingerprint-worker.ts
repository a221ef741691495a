// A matcher worker thread: holds its share of the gallery in a SearchIndex and answers searches.
// Built as its own entry (out/main/fingerprint-worker.js); run from source under tsx in tests.
import { parentPort } from 'node:worker_threads'
import type { MatcherReply, MatcherRequest } from './matcher-messages'
import { prepareTemplate } from './prepared-template'
import { SearchIndex } from './search-index'
import { unpackTemplates } from './template-packing'

const port = parentPort
if (!port) throw new Error('fingerprint-worker must run as a worker thread')
const index = new SearchIndex()

port.on('message', (request: MatcherRequest) => {
  let reply: MatcherReply
  try {
    if (request.type === 'add') {
      const templates = unpackTemplates(request.packedTemplates)
      templates.forEach((template, k) => index.addPrepared(request.subjectIds[k]!, request.fingerPositions[k]!, prepareTemplate(template)))
      reply = { type: 'added', id: request.id, size: index.size }
    } else {
      reply = { type: 'searched', id: request.id, candidates: index.search(request.probe, request.options) }
    }
  } catch (error) {
    reply = { type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(reply)
})
