export type NoticeProps = { children: React.ReactNode };

/** The confirmation a page shows after the action that led to it (created, saved, deleted). */
export function Notice({ children }: NoticeProps) {
  return (
    <p role="status" className="mt-4 rounded-md border border-brand-700 bg-brand-50 px-3 py-2 font-medium text-brand-800 dark:border-brand-300 dark:bg-stone-900 dark:text-brand-200">
      {children}
    </p>
  );
}
