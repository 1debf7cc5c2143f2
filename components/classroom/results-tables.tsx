import Link from 'next/link';
import { STATUS_WORDS, type ClassOverview, type FactResult, type ObjectiveResult, type StudentResult } from '@/lib/classroom/results';
import { PARTIAL_CREDIT_NOTE, formatScoreOutOf, hasPartialCredit } from '@/lib/classroom/format';
import { CitedPassage } from '@/components/quiz/cited-passage';
import type { PassageView } from '@/lib/content/passage-view';
import type { Page } from '@/lib/classroom/paging';

export type StudentResultsTableProps = {
  /** One page of the class's students (lib/classroom/paging.ts); a class of up to 100 is one page. */
  students: Page<StudentResult>;
  assignmentId: string;
  /** The address of page `n` of this table. */
  pageHref: (n: number) => string;
};

export function StudentResultsTable({ students: page, assignmentId, pageHref }: StudentResultsTableProps) {
  const students = page.items;
  if (page.total === 0) return <p className="mt-2">No students in this class yet.</p>;
  return (
    <div className="mt-3">
      {page.pages > 1 ? <StudentPages page={page} pageHref={pageHref} /> : null}
      {/* Four narrow columns, names allowed to wrap: fits a 390 px phone without sideways scrolling. */}
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Score and completion for each student</caption>
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-700">
            <th scope="col" className="py-2 pr-3">Student</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2 pr-3">Score</th>
            <th scope="col" className="py-2">Answers</th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.studentId} className="border-b border-stone-200 align-top dark:border-stone-800">
              <th scope="row" className="break-words py-2 pr-3 font-medium">{s.displayName}</th>
              <td className="py-2 pr-3">
                {STATUS_WORDS[s.status]}
                {s.status === 'in-progress' ? ` (${s.answered}/${s.maxScore})` : ''}
                {s.attemptsUsed > 1 ? <span className="block text-xs text-stone-600 dark:text-stone-400">{s.attemptsUsed} attempts</span> : null}
                {s.minutesSpent !== null ? <span className="block text-xs text-stone-600 dark:text-stone-400">{s.minutesSpent} min</span> : null}
              </td>
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{s.score === null ? '–' : formatScoreOutOf(s.score, s.maxScore)}</td>
              <td className="py-2">
                {s.attemptId ? (
                  <Link href={`/teacher/assignments/${assignmentId}/attempts/${s.attemptId}`} className="underline underline-offset-2">
                    See<span className="sr-only"> the answers of {s.displayName}</span>
                  </Link>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasPartialCredit(...students.map((s) => s.score)) ? <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{PARTIAL_CREDIT_NOTE}</p> : null}
      {page.pages > 1 ? <StudentPages page={page} pageHref={pageHref} /> : null}
    </div>
  );
}

/** Where this page of students sits, with links to the pages before and after (the CSV has every student). */
function StudentPages({ page, pageHref }: { page: Page<StudentResult>; pageHref: (n: number) => string }) {
  const link = 'inline-flex min-h-10 items-center rounded-md border border-stone-400 px-3 py-1 font-semibold hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800';
  return (
    <nav aria-label={`Pages of students, page ${page.page} of ${page.pages}`} className="my-3 flex flex-wrap items-center gap-3 text-sm">
      <p className="tabular-nums">{`Students ${page.from}–${page.to} of ${page.total}, by name`}</p>
      {page.page > 1 ? (
        <a href={pageHref(page.page - 1)} className={link}>
          Previous {page.size}
        </a>
      ) : null}
      {page.page < page.pages ? (
        <a href={pageHref(page.page + 1)} className={link}>
          Next {Math.min(page.size, page.total - page.to)}
        </a>
      ) : null}
    </nav>
  );
}

function percent(share: number | null): string {
  return share === null ? 'not answered yet' : `${Math.round(share * 100)}% right`;
}

export type ClassOverviewPanelProps = { overview: ClassOverview; hardest: (FactResult & { passages: PassageView[] }) | null };

/** The top of the results: who turned in, the class average, and what to reteach first. */
export function ClassOverviewPanel({ overview, hardest }: ClassOverviewPanelProps) {
  return (
    <div className="mt-4 grid gap-4 sm:grid-cols-2">
      <div className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
        <p className="text-lg font-semibold">
          {overview.submitted} of {overview.students} turned in
        </p>
        <p className="mt-1 text-sm">
          Class average: {overview.averageShare === null ? 'none yet' : `${Math.round(overview.averageShare * 100)}%`} (students who turned in)
        </p>
        {overview.missing.length > 0 ? (
          <p className="mt-1 text-sm">
            Missing ({overview.missing.length}): {overview.missing.join(', ')}
          </p>
        ) : null}
      </div>
      {hardest && hardest.shareCorrect !== null ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950/40">
          <p className="text-sm font-semibold uppercase tracking-wide">Reteach first</p>
          <p className="mt-1 font-medium">{hardest.stem}</p>
          <p className="mt-1 text-sm">
            {percent(hardest.shareCorrect)} over {hardest.answered} {hardest.answered === 1 ? 'answer' : 'answers'}
          </p>
          {hardest.passages.slice(0, 1).map((p) => (
            <p key={p.href} className="mt-1 text-sm">
              <a href={p.href} className="underline underline-offset-2">
                Reteach from “{p.sourceTitle}”, paragraph {p.n}
              </a>
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export type ObjectiveResultListProps = { objectives: Array<ObjectiveResult & { moduleTitle: string }> };

/** Per objective, hardest first: the share right over every question that checks it. */
export function ObjectiveResultList({ objectives }: ObjectiveResultListProps) {
  if (objectives.length === 0) return <p className="mt-2">No answers yet.</p>;
  return (
    <ol className="mt-3 space-y-2">
      {objectives.map((o) => (
        <li key={o.key} className="flex flex-wrap items-baseline justify-between gap-x-4 rounded-lg border border-stone-200 px-4 py-3 dark:border-stone-800">
          <span>
            <span className="font-medium">{o.label}</span>
            <span className="block text-sm text-stone-600 dark:text-stone-400">{o.moduleTitle}</span>
          </span>
          <span className="text-sm tabular-nums">
            {percent(o.shareCorrect)}
            {o.answered > 0 ? ` · ${o.answered} ${o.answered === 1 ? 'answer' : 'answers'}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}

export type FactResultListProps = { facts: Array<FactResult & { passages: PassageView[] }>; shown?: number };

/**
 * One fact's results. `full` shows its passages to reteach from; a folded card links to them instead, so a whole
 * school's assignment over every module does not send every passage of the course (they are a click away).
 */
function FactCard({ fact, full = true }: { fact: FactResult & { passages: PassageView[] }; full?: boolean }) {
  return (
    <li className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
      <h3 className="font-semibold">{fact.stem}</h3>
      <p className="mt-1 text-sm">
        {fact.shareCorrect === null ? 'Not answered yet.' : `${percent(fact.shareCorrect)} (${fact.correct} of ${fact.answered} fully right).`}
        {fact.forms > 1 ? ` Asked in ${fact.forms} forms; they count together.` : ''}
      </p>
      {fact.parts && fact.parts.answered > 0 ? (
        <p className="mt-1 text-sm">
          Two-part question, of {fact.parts.answered} answered: {fact.parts.foundAnswer} found the answer ({Math.round((100 * fact.parts.foundAnswer) / fact.parts.answered)}%),{' '}
          {fact.parts.foundProof} found the sentence that proves it ({Math.round((100 * fact.parts.foundProof) / fact.parts.answered)}%).
        </p>
      ) : null}
      {fact.mostChosenWrong ? (
        <p className="mt-1 text-sm">
          Most chosen wrong answer: <q>{fact.mostChosenWrong.response}</q> ({fact.mostChosenWrong.count})
        </p>
      ) : null}
      {full ? (
        <div className="mt-2 space-y-2">
          {fact.passages.map((p) => (
            <CitedPassage key={p.href} passage={p} linkText="Reteach from this passage" compact />
          ))}
        </div>
      ) : (
        <ul className="mt-1 text-sm">
          {fact.passages.map((p) => (
            <li key={p.href}>
              <a href={p.href} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
                {`Reteach from ${p.sourceTitle}, paragraph ${p.n}`}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Per fact (its question forms together), hardest first; the rest folded away after the first few. */
export function FactResultList({ facts, shown = 8 }: FactResultListProps) {
  if (facts.length === 0) return <p className="mt-2">No answers yet.</p>;
  const first = facts.slice(0, shown);
  const rest = facts.slice(shown);
  return (
    <>
      <ol className="mt-3 space-y-4">
        {first.map((f) => (
          <FactCard key={f.factKey} fact={f} />
        ))}
      </ol>
      {rest.length > 0 ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-medium">
            {rest.length} more {rest.length === 1 ? 'fact' : 'facts'}, easier ones last
          </summary>
          <ol className="mt-3 space-y-4">
            {rest.map((f) => (
              <FactCard key={f.factKey} fact={f} full={false} />
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}
