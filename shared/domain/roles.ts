export const roles = ['officer', 'supervisor', 'technician', 'trainer', 'admin'] as const
export type Role = (typeof roles)[number]

/** Who may work the primary line (read documents, acknowledge alerts, decide). */
export const lineRoles: readonly Role[] = ['officer', 'supervisor', 'trainer']
/** Who may drive the simulated devices (classroom, bench). */
export const simulatorRoles: readonly Role[] = ['trainer', 'technician']
/** Who may review the audit chain. */
export const auditRoles: readonly Role[] = ['supervisor', 'admin']
/** Who may configure and test devices. */
export const deviceRoles: readonly Role[] = ['technician', 'admin']
/** Who reviews hits and their outcomes, and manages risk profiles. */
export const supervisorRoles: readonly Role[] = ['supervisor']
/** Who administers alert lists (import, status). */
export const listAdminRoles: readonly Role[] = ['admin', 'supervisor']
