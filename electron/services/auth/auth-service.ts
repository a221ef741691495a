import type { Db } from '../../store/database'
import type { AuditLog } from '../audit/audit-log'
import { roles as allRoles, type Role } from '../../../shared/domain/roles'
import { hashPassword, verifyPassword } from './password'

export interface User {
  username: string
  displayName: string
  roles: Role[]
}

interface UserRow {
  username: string
  display_name: string
  roles: string
  password_hash: string
  disabled: number
}

/** Demo accounts exist only in simulated mode; the README lists them. */
export const demoAccounts: ReadonlyArray<User & { password: string }> = allRoles.map((role) => ({
  username: role,
  displayName: `Demo ${role}`,
  roles: [role],
  password: `${role}-demo`,
}))

const MAX_FAILURES = 5
const LOCKOUT_MS = 30_000

export class AuthService {
  private readonly failures = new Map<string, { count: number; until: number }>()

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly now: () => number = Date.now,
  ) {}

  async createUser(user: User, password: string, actor: string): Promise<void> {
    const hash = await hashPassword(password)
    this.audit.transaction(() => {
      this.db
        .prepare('INSERT INTO users (username, display_name, roles, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(user.username, user.displayName, JSON.stringify(user.roles), hash, new Date(this.now()).toISOString())
      this.audit.append({ actor, action: 'user.created', subject: `user:${user.username}`, details: { roles: user.roles } })
    })
  }

  async seedDemoAccounts(): Promise<void> {
    const count = (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n
    if (count > 0) return
    for (const account of demoAccounts) await this.createUser(account, account.password, 'system')
  }

  /** Returns the user, or null for a wrong name/password; failures are audited and rate-limited. */
  async signIn(username: string, password: string): Promise<User | 'locked' | null> {
    const failure = this.failures.get(username)
    if (failure && failure.count >= MAX_FAILURES && failure.until > this.now()) return 'locked'
    const row = this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined
    // Verify against a dummy hash for unknown users so timing does not reveal which names exist.
    const ok = row && !row.disabled ? await verifyPassword(password, row.password_hash) : await verifyPassword(password, DUMMY_HASH)
    if (!row || !ok || row.disabled) {
      const count = (failure?.count ?? 0) + 1
      this.failures.set(username, { count, until: this.now() + LOCKOUT_MS })
      this.audit.transaction(() =>
        this.audit.append({ actor: 'anonymous', action: 'session.sign-in-failed', subject: `user:${username}`, details: { attempt: count } }),
      )
      return null
    }
    this.failures.delete(username)
    const user: User = { username: row.username, displayName: row.display_name, roles: JSON.parse(row.roles) as Role[] }
    this.audit.transaction(() => this.audit.append({ actor: user.username, action: 'session.signed-in', subject: `user:${user.username}` }))
    return user
  }

  signOut(user: User): void {
    this.audit.transaction(() => this.audit.append({ actor: user.username, action: 'session.signed-out', subject: `user:${user.username}` }))
  }
}

// A valid hash of a random password, used only to equalise timing.
const DUMMY_HASH = 'scrypt$32768$8$3$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='
