import Link from 'next/link';

export type UpLinkProps = { href: string; children: React.ReactNode };

/** The small link above a page's heading that leads one level up (a class, a module, the sources). */
export function UpLink({ href, children }: UpLinkProps) {
  return (
    <p className="text-sm">
      <Link href={href} className="underline underline-offset-2">
        {children}
      </Link>
    </p>
  );
}
