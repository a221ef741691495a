// `npm run web`: the workstation served to a browser on 127.0.0.1, simulators on.
import { parseArgs } from 'node:util'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CheckpointApp } from '../app/checkpoint-app'
import { appRoot, defaultDataDir, trainingDataDir } from '../app/paths'
import { consoleLogger } from '../app/logger'
import { startWebHost } from './web-host'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.CHECKPOINT_PORT ?? '0' },
    'data-dir': { type: 'string', default: defaultDataDir() },
    devices: { type: 'string', default: process.env.CHECKPOINT_DEVICES },
    /** A training workstation (its data in <data-dir>/training, simulated devices only). */
    training: { type: 'boolean', default: process.env.CHECKPOINT_TRAINING === '1' },
  },
})

const root = appRoot(dirname(fileURLToPath(import.meta.url)))
const log = consoleLogger('web', process.env.CHECKPOINT_QUIET === '1')
const app = await CheckpointApp.start({ dataDir: values['data-dir'], resourcesDir: join(root, 'resources'), devicesFile: values.devices, log, training: values.training })
const host = await startWebHost(app, { port: Number(values.port), staticDir: join(root, 'out', 'renderer') })
if (values.training) process.stdout.write(`Checkpoint TRAINING workstation: data in ${trainingDataDir(values['data-dir'])}\n`)
process.stdout.write(`Checkpoint web: ${host.url}\n`)

const shutdown = async () => {
  await host.close()
  await app.stop()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())
