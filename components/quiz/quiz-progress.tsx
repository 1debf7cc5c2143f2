export type QuizProgressProps = { answered: number; total: number; id: string };

/** How far through a quiz the student is: a native <progress> (a progressbar to assistive technology) with its label. */
export function QuizProgress({ answered, total, id }: QuizProgressProps) {
  return (
    <div className="mt-3">
      <label htmlFor={id} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        {answered} of {total} answered
      </label>
      <progress
        id={id}
        max={total}
        value={answered}
        className="mt-1 block h-2.5 w-full max-w-md appearance-none overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800 [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-brand-700 dark:[&::-moz-progress-bar]:bg-brand-300 dark:[&::-webkit-progress-bar]:bg-stone-800 dark:[&::-webkit-progress-value]:bg-brand-300"
      />
    </div>
  );
}
