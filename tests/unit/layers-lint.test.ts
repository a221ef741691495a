// `npm run lint` enforces the layer table of ARCHITECTURE.md. Prove the rule
// bites: a wrong import in each layer is an error, a right one is not.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('layer rules', () => {
  it('renderer/ may import shared/ only: not electron, drivers, Node or native modules', async () => {
    expect(await errors('renderer/src/x.ts', "import { contract } from '../../shared/api/contract'\nexport { contract }\n")).toEqual([])
    expect(await errors('renderer/src/x.ts', "import { ipcRenderer } from 'electron'\nexport { ipcRenderer }\n")).not.toEqual([])
    expect(await errors('renderer/src/x.ts', "import { MrzFrameDetector } from '../../drivers/document-reader/mrz-frame-detector'\nexport { MrzFrameDetector }\n")).not.toEqual([])
    expect(await errors('renderer/src/x.ts', "import { CheckpointApp } from '../../electron/app/checkpoint-app'\nexport { CheckpointApp }\n")).not.toEqual([])
    expect(await errors('renderer/src/x.ts', "import { readFileSync } from 'node:fs'\nexport { readFileSync }\n")).not.toEqual([])
    expect(await errors('renderer/src/x.ts', "import Database from 'better-sqlite3'\nexport { Database }\n")).not.toEqual([])
  })

  it('drivers/ never import electron or the main side', async () => {
    expect(await errors('drivers/x/y.ts', "import { app } from 'electron'\nexport { app }\n")).not.toEqual([])
    expect(await errors('drivers/x/y.ts', "import { AuditLog } from '../../electron/services/audit/audit-log'\nexport { AuditLog }\n")).not.toEqual([])
    expect(await errors('drivers/x/y.ts', "import { parseMrz } from '../../shared/mrz'\nexport { parseMrz }\n")).toEqual([])
  })

  it('shared/ imports nothing app-specific and no Node built-ins', async () => {
    expect(await errors('shared/x.ts', "import { createHash } from 'node:crypto'\nexport { createHash }\n")).not.toEqual([])
    expect(await errors('shared/x.ts', "import { SerialTextReader } from '../drivers/document-reader/serial-text-reader'\nexport { SerialTextReader }\n")).not.toEqual([])
  })

  it('only the Electron shell imports electron', async () => {
    expect(await errors('electron/services/x.ts', "import { app } from 'electron'\nexport { app }\n")).not.toEqual([])
    expect(await errors('electron/shell/x.ts', "import { app } from 'electron'\nexport { app }\n")).toEqual([])
    expect(await errors('electron/preload/x.ts', "import { ipcRenderer } from 'electron'\nexport { ipcRenderer }\n")).toEqual([])
  })
})
