#!/usr/bin/env node
// Thin launcher for the built CLI (out/main/cli.js, produced by `npm ci` / `npm run build`).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(cli)) {
  process.stderr.write('Checkpoint is not built yet: run `npm run build` (npm ci does it too).\n')
  process.exit(2)
}
const { runCli } = await import(cli)
process.exitCode = await runCli(process.argv.slice(2))
