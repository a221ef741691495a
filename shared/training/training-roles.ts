import type { Role } from '../domain/roles'

/** Who runs the trainer console and authors scenarios (the trainee is any line user). */
export const trainerRoles: readonly Role[] = ['trainer']
