import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { CitationDismiss } from '@/components/explainer/citation-dismiss';
import { RoleLink } from '@/components/nav/role-link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cited: Mali and the Sahel, with every fact sourced', template: '%s · Cited' },
  description:
    'Short explainers about Mali and the Sahel for students, where every fact links to the passage that proves it, and quizzes built from those passages.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
};

const NAV_LINKS = [
  { href: '/#modules', label: 'Modules' },
  { href: '/sources', label: 'Sources' },
  { href: '/teacher', label: 'Teachers' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/glossary', label: 'Glossary' },
] as const;

const NAV_LINK_CLASS = 'whitespace-nowrap py-1 text-[0.8125rem] font-medium underline-offset-4 hover:underline sm:text-sm';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  // suppressHydrationWarning: the Escape script in CitationDismiss may set an attribute on <html> before hydration.
  // data-scroll-behavior: Next turns the smooth scrolling of in-page jumps off while it changes page, so a new
  // page opens at its top at once instead of after a two-second glide.
  return (
    <html lang="en" suppressHydrationWarning data-scroll-behavior="smooth">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-30 border-b border-stone-200 bg-stone-50/95 backdrop-blur dark:border-stone-800 dark:bg-stone-950/95">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 sm:gap-x-5 sm:py-3">
            <Link href="/" prefetch={false} className="mr-auto pr-1 text-base font-bold tracking-tight text-brand-700 sm:text-lg dark:text-brand-300">
              Cited
            </Link>
            <RoleLink role="student" href="/student" className={NAV_LINK_CLASS}>
              <span className="hidden sm:inline">My assignments</span>
              <span className="sm:hidden">Assignments</span>
            </RoleLink>
            {/* One row on a 390 px phone: "Modules" is also the home page's first section, so it gives way there. */}
            {NAV_LINKS.map((link) => (
              // No prefetch: on every page it fetched the four pages' payloads (33 KB), which a reader on a data
              // plan pays for whether or not they go there.
              <Link key={link.href} href={link.href} prefetch={false} className={`${link.href === '/#modules' ? 'hidden sm:inline ' : ''}${NAV_LINK_CLASS}`}>
                {link.label}
              </Link>
            ))}
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 pb-16 pt-6 focus:outline-none sm:pt-10">
          {children}
        </main>
        <footer className="border-t border-stone-200 px-4 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
          <p>Every claim on this site links to the passage it comes from. News articles are quoted as published.</p>
          <p className="mt-2">
            <Link href="/how-we-check" className="font-medium underline underline-offset-2">
              How this course checks its facts
            </Link>
          </p>
        </footer>
        <CitationDismiss />
      </body>
    </html>
  );
}
