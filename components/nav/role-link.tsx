'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import { parseRoleHint, type RoleHint } from '@/lib/role-hint';

export type RoleLinkProps = { role: RoleHint; href: string; className?: string; children: React.ReactNode };

const noSubscription = () => () => {};

/**
 * A link shown only to a visitor whose role hint cookie names `role`, so prerendered pages can offer it without
 * becoming dynamic. The server (and a browser without JavaScript) renders nothing; the hint is re-read on every
 * navigation, since signing in or out changes it without reloading the layout.
 */
export function RoleLink({ role, href, className, children }: RoleLinkProps) {
  usePathname();
  const hint = useSyncExternalStore(noSubscription, () => parseRoleHint(document.cookie), () => null);
  if (hint !== role) return null;
  return (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}
