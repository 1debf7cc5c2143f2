/**
 * A readable (not HttpOnly) cookie that says which links to offer: "My assignments" to a student, "Assign" to a
 * teacher, on pages that are prerendered for everyone. It is not a credential: it grants nothing, and every
 * page it leads to checks the real session. Set on sign-in and joining, cleared on sign-out and leaving.
 */
export const ROLE_HINT_COOKIE = 'cited_role';
export const roleHints = ['teacher', 'student'] as const;
export type RoleHint = (typeof roleHints)[number];

/** The hint in a `Cookie` header or `document.cookie`; null when absent or not one of the roles. */
export function parseRoleHint(cookies: string): RoleHint | null {
  for (const part of cookies.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === ROLE_HINT_COOKIE) return (roleHints as readonly string[]).includes(value ?? '') ? (value as RoleHint) : null;
  }
  return null;
}
