import { Readable } from 'node:stream'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/main'
import { openDatabase } from '../../electron/store/database'
import { AuditLog } from '../../electron/services/audit/audit-log'
import { AuthService } from '../../electron/services/auth/auth-service'
import { auditAnchorFile, databaseFile } from '../../electron/app/paths'

async function cli(args: string[], stdin = '') {
  let text = ''
  const sink = { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream
  const code = await runCli(args, sink, sink, Readable.from([stdin]))
  return { code, text }
}

describe('checkpoint users', () => {
  it('creates an account an administrator can then sign in with, audited, password never echoed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'checkpoint-cli-'))
    const r = await cli(['users', 'add', '--data-dir', dataDir, '--username', 'j.dupont', '--role', 'officer', '--role', 'supervisor', '--display-name', 'Jeanne Dupont'], 'a long pass phrase 42\n')
    expect(r).toEqual({ code: 0, text: 'Created j.dupont (officer, supervisor).\n' })
    expect((await cli(['users', 'list', '--data-dir', dataDir])).text).toBe('j.dupont\tofficer,supervisor\tJeanne Dupont\n')

    const db = openDatabase(databaseFile(dataDir))
    const audit = new AuditLog(db, auditAnchorFile(dataDir))
    const user = await new AuthService(db, audit).signIn('j.dupont', 'a long pass phrase 42')
    expect(user).toMatchObject({ username: 'j.dupont', roles: ['officer', 'supervisor'] })
    expect(JSON.stringify(audit.recent(10))).not.toContain('pass phrase')
    db.close()
    expect((await cli(['audit', 'verify', '--data-dir', dataDir])).code).toBe(0)
  })

  it('refuses unknown roles, short passwords and duplicates with a clear message', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'checkpoint-cli-'))
    expect(await cli(['users', 'add', '--data-dir', dataDir, '--username', 'x1', '--role', 'king'], 'a long pass phrase 42')).toMatchObject({ code: 2, text: expect.stringContaining('unknown: king') })
    expect(await cli(['users', 'add', '--data-dir', dataDir, '--username', 'x1', '--role', 'officer'], 'short')).toMatchObject({ code: 2, text: expect.stringContaining('at least 12') })
    await cli(['users', 'add', '--data-dir', dataDir, '--username', 'x1', '--role', 'officer'], 'a long pass phrase 42')
    expect(await cli(['users', 'add', '--data-dir', dataDir, '--username', 'x1', '--role', 'officer'], 'a long pass phrase 42')).toMatchObject({ code: 1, text: expect.stringContaining('already exists') })
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, text: expect.stringContaining('Unknown command') })
  })
})
