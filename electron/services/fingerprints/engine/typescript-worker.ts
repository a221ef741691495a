// Starting a worker thread from a TypeScript file (tests, tsx runs). Node 20 does not apply
// `execArgv: ['--import', 'tsx']` to worker threads (the worker fails with "Unknown file extension
// .ts"), so a .ts script is started through a tiny bootstrap that registers tsx's loader in the
// worker first. A .js script (the built app) starts directly.
import { Worker, type WorkerOptions } from 'node:worker_threads'

export function startWorker(script: string | URL, options: WorkerOptions = {}): Worker {
  const url = script instanceof URL ? script : new URL(script, 'file:///')
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options)
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}) })`
  return new Worker(bootstrap, { ...options, eval: true })
}
