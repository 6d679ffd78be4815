// The platform's roles, and how each is named to the people using the service.

export const ROLES = ['NATIONAL', 'REGIONAL_COORDINATOR', 'PARTNERSHIP_LEAD', 'PARTNERSHIP_MEMBER', 'AUDITOR'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  NATIONAL: 'National team',
  REGIONAL_COORDINATOR: 'Regional support coordinator',
  PARTNERSHIP_LEAD: 'Partnership lead',
  PARTNERSHIP_MEMBER: 'Partnership member',
  AUDITOR: 'Auditor',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Labels a role the server sent, even one this build does not know yet. */
export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role;
}
