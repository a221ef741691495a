// `npm start`: the Electron workstation. Simulated hardware by default;
// CHECKPOINT_DEVICES names another device configuration file; CHECKPOINT_TRAINING=1 starts the
// training workstation (its own database and lists, simulated devices only).
import { app, BrowserWindow, ipcMain, session } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { CheckpointApp } from '../app/checkpoint-app'
import { appRoot, defaultDataDir } from '../app/paths'
import { consoleLogger } from '../app/logger'
import { registerIpc } from './ipc'
import { hardenSession, hardenWebContents, windowOptions } from './security'
import { handleMediaProtocol, registerMediaScheme } from './media-protocol'

const here = dirname(fileURLToPath(import.meta.url))
const root = appRoot(here)
const rendererIndex = join(root, 'out', 'renderer', 'index.html')
const rendererIndexUrl = pathToFileURL(rendererIndex).toString()

app.enableSandbox()
registerMediaScheme()
app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, rendererIndexUrl))

async function main(): Promise<void> {
  await app.whenReady()
  hardenSession(session.defaultSession, rendererIndexUrl)
  const checkpoint = await CheckpointApp.start({
    dataDir: process.env.CHECKPOINT_DATA_DIR ?? defaultDataDir(),
    resourcesDir: join(root, 'resources'),
    devicesFile: process.env.CHECKPOINT_DEVICES,
    // A classroom: separate database and lists under <data>/training, simulated devices only.
    training: process.env.CHECKPOINT_TRAINING === '1',
    log: consoleLogger('main'),
  })
  registerIpc(ipcMain, checkpoint, rendererIndexUrl)
  handleMediaProtocol(checkpoint)
  const win = new BrowserWindow(windowOptions(join(root, 'out', 'preload', 'index.cjs')))
  win.once('ready-to-show', () => win.show())
  await win.loadURL(rendererIndexUrl)
  app.on('window-all-closed', () => {
    void checkpoint.stop().then(() => app.quit())
  })
}

void main()
