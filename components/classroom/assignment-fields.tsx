import { Field } from '@/components/classroom/action-form';
import { DueDateInput } from '@/components/classroom/due-date-input';
import { questionTypes, type QuestionType } from '@/lib/quiz/types';

const typeLabels: Record<QuestionType, string> = {
  'single-choice': 'Single choice',
  'multiple-select': 'Select all that apply',
  'true-false': 'True or false',
  'fill-in': 'Fill in the blank',
  matching: 'Matching',
  ordering: 'Timeline ordering',
  'who-said': 'Who said this?',
};

const revealLabels = [
  ['after-each', 'After each answer', 'Students see whether they were right, the answer and its passage as soon as they answer.'],
  ['after-submit', 'After submitting', 'Students see answers and passages once they have answered every question.'],
  ['after-due', 'After the due date', 'Nobody sees answers until the due date passes, so they cannot be shared early.'],
] as const;

/** The values a form starts with: a new assignment's defaults, or the settings being edited. */
export type AssignmentFieldValues = {
  title: string;
  modules: string[];
  questionCount: number;
  questionTypes: QuestionType[];
  attemptsAllowed: number;
  /** "2030-06-15T15:30" in `dueTimeZone`, or empty. */
  dueLocal: string;
  dueTimeZone: string | null;
  reveal: (typeof revealLabels)[number][0];
  seedMode: 'per-student' | 'shared';
};

export type AssignmentFieldsProps = {
  modules: { slug: string; order: number; title: string }[];
  values: AssignmentFieldValues;
};

/** The settings of an assignment as form fields, shared by the new and edit forms. */
export function AssignmentFields({ modules, values }: AssignmentFieldsProps) {
  const box = 'mt-3 rounded-lg border border-stone-300 p-4 dark:border-stone-700';
  return (
    <>
      <Field label="Title" name="title" required maxLength={120} defaultValue={values.title} />
      <fieldset className={box}>
        <legend className="px-1 font-medium">Modules to read</legend>
        {modules.map((m) => (
          <div key={m.slug} className="mt-1 flex items-start gap-2">
            <input type="checkbox" id={`module-${m.slug}`} name="modules" value={m.slug} defaultChecked={values.modules.includes(m.slug)} className="mt-1" />
            <label htmlFor={`module-${m.slug}`}>
              Module {m.order}: {m.title}
            </label>
          </div>
        ))}
      </fieldset>
      <Field label="Number of questions" name="questionCount" type="number" min={1} max={50} defaultValue={values.questionCount} required />
      <fieldset className={box}>
        <legend className="px-1 font-medium">Question types</legend>
        {questionTypes.map((t) => (
          <div key={t} className="mt-1 flex items-start gap-2">
            <input type="checkbox" id={`type-${t}`} name="questionTypes" value={t} defaultChecked={values.questionTypes.includes(t)} className="mt-1" />
            <label htmlFor={`type-${t}`}>{typeLabels[t]}</label>
          </div>
        ))}
      </fieldset>
      <Field label="Attempts allowed" name="attemptsAllowed" type="number" min={1} max={10} defaultValue={values.attemptsAllowed} required />
      <DueDateInput label="Due date (optional)" hint="After this moment no answers are accepted." defaultValue={values.dueLocal} zone={values.dueTimeZone} />
      <fieldset className={box}>
        <legend className="px-1 font-medium">When students see the answers</legend>
        {revealLabels.map(([value, label, hint]) => (
          <div key={value} className="mt-2 flex items-start gap-2">
            <input type="radio" id={`reveal-${value}`} name="reveal" value={value} defaultChecked={values.reveal === value} className="mt-1" aria-describedby={`reveal-${value}-hint`} />
            <label htmlFor={`reveal-${value}`}>
              {label}
              <span id={`reveal-${value}-hint`} className="block text-sm text-stone-600 dark:text-stone-400">
                {hint}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className={box}>
        <legend className="px-1 font-medium">Questions for each student</legend>
        <div className="mt-2 flex items-start gap-2">
          <input type="radio" id="seed-per-student" name="seedMode" value="per-student" defaultChecked={values.seedMode === 'per-student'} className="mt-1" />
          <label htmlFor="seed-per-student">Each student gets their own variant (harder to copy)</label>
        </div>
        <div className="mt-2 flex items-start gap-2">
          <input type="radio" id="seed-shared" name="seedMode" value="shared" defaultChecked={values.seedMode === 'shared'} className="mt-1" />
          <label htmlFor="seed-shared">Everyone gets the same questions (easier to discuss together)</label>
        </div>
      </fieldset>
    </>
  );
}
