'use client';

import { useEffect, useRef } from 'react';

export type FocusOnMountProps = { children: React.ReactNode; className?: string; id?: string; labelledBy?: string; active?: boolean };

/**
 * A region that takes keyboard focus when it appears, so after a client-side navigation the
 * student continues from the feedback instead of the top of the page. Without JavaScript the URL's
 * #fragment does the same.
 */
export function FocusOnMount({ children, className, id, labelledBy, active = true }: FocusOnMountProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (active) ref.current?.focus({ preventScroll: false });
  }, [active]);
  return (
    <section ref={ref} id={id} tabIndex={-1} aria-labelledby={labelledBy} className={`scroll-mt-24 focus:outline-none ${className ?? ''}`}>
      {children}
    </section>
  );
}
