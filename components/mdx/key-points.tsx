export type KeyPointsProps = { children: React.ReactNode };

/** The few things to take away, at the top of a module. Each point is cited like any sentence. */
export function KeyPoints({ children }: KeyPointsProps) {
  return (
    <section
      aria-labelledby="key-points-title"
      className="key-points my-6 rounded-xl border-l-4 border-brand-600 bg-brand-50 px-5 py-1 font-sans text-base dark:border-brand-300 dark:bg-stone-900"
    >
      <h2 id="key-points-title" className="!mt-4 !mb-1 text-lg">
        Key points
      </h2>
      {children}
    </section>
  );
}
