import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm, Field } from '@/components/classroom/action-form';
import { Notice } from '@/components/classroom/notice';
import { CopyButton } from '@/components/ui/copy-button';
import { UpLink } from '@/components/ui/up-link';
import { requireOwnedClass } from '@/lib/auth/permissions';
import { formatCode } from '@/lib/classroom/codes';
import { joinUrl, qrPath } from '@/lib/classroom/join-link';
import { getEnv } from '@/lib/env';
import { idSchema } from '@/lib/classroom/schemas';
import { getDb } from '@/lib/db/client';
import { listAssignmentsForClass } from '@/lib/db/queries/assignments';
import { listStudents } from '@/lib/db/queries/students';
import { archiveClassAction, rejoinCodeAction, removeStudentAction, renameClassAction, renameStudentAction, rotateJoinCodeAction } from '../../actions';
import { formatInstant } from '@/lib/classroom/time';
import { findLookAlikes } from '@/lib/classroom/names';
import { LocalTime } from '@/components/classroom/local-time';

export const metadata: Metadata = { title: 'Class' };

type ClassPageProps = { params: Promise<{ classId: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export default async function ClassPage({ params, searchParams }: ClassPageProps) {
  const id = idSchema.safeParse((await params).classId);
  if (!id.success) notFound();
  const { cls } = await requireOwnedClass(id.data);
  const db = getDb();
  const [students, assignments] = await Promise.all([listStudents(db, cls.id), listAssignmentsForClass(db, cls.id)]);
  const code = formatCode(cls.joinCode);
  const link = joinUrl(getEnv().BASE_URL, cls.joinCode);
  const qr = qrPath(link);
  // Students who joined before names had to differ (or a rename elsewhere) can share a name: say which is which.
  const lookAlikes = findLookAlikes(students.map((s) => ({ id: s.id, displayName: s.displayName })));

  return (
    <div>
      <UpLink href="/teacher">Your classes</UpLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{cls.name}</h1>
      {cls.archived ? <p className="mt-2 font-medium text-amber-800 dark:text-amber-300">Archived: students cannot join or answer.</p> : null}
      {(await searchParams)?.notice === 'deleted' ? <Notice>Assignment deleted, with its attempts and answers.</Notice> : null}

      <section aria-labelledby="code-title" className="mt-6 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <h2 id="code-title" className="text-xl font-semibold">
          Join code
        </h2>
        <div className="mt-3 flex flex-col gap-6 sm:flex-row sm:items-start">
          <div className="min-w-0 flex-1">
            <p>
              Students go to <span className="font-mono">/join</span> and type:
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-3">
              <span className="font-mono text-4xl font-bold tracking-widest" data-testid="join-code" aria-label={`Join code ${cls.joinCode.split('').join(' ')}`}>
                {code}
              </span>
              <CopyButton text={code} label="Copy code" />
            </p>
            <p className="mt-4">Or send them this link, which fills in the code:</p>
            <p className="mt-1 flex flex-wrap items-center gap-3">
              <a href={link} className="font-mono text-sm break-all underline underline-offset-2" data-testid="join-link">
                {link}
              </a>
              <CopyButton text={link} label="Copy link" />
            </p>
            <ActionForm action={rotateJoinCodeAction} submitLabel="Make a new code" variant="secondary" label="Make a new join code">
              <input type="hidden" name="classId" value={cls.id} />
              <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">The old code stops working; students already in the class stay in.</p>
            </ActionForm>
          </div>
          <figure className="shrink-0">
            <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-labelledby="qr-caption" className="h-44 w-44 rounded-md bg-white sm:h-52 sm:w-52" shapeRendering="crispEdges">
              <rect width={qr.size} height={qr.size} fill="#fff" />
              <path d={qr.d} fill="#000" />
            </svg>
            <figcaption id="qr-caption" className="mt-1 max-w-52 text-sm text-stone-600 dark:text-stone-400">
              QR code of the join link, to show on the classroom screen
            </figcaption>
          </figure>
        </div>
      </section>

      <section aria-labelledby="assignments-title" className="mt-8">
        <h2 id="assignments-title" className="text-xl font-semibold">
          Assignments
        </h2>
        {assignments.length === 0 ? <p className="mt-2">No assignments yet.</p> : null}
        <ul className="mt-2 space-y-2">
          {assignments.map((a) => (
            <li key={a.id}>
              <Link href={`/teacher/assignments/${a.id}`} className="font-medium underline underline-offset-2">
                {a.title}
              </Link>{' '}
              <span className="text-sm text-stone-600 dark:text-stone-400">
                · {a.questionCount} questions{a.dueAt ? ` · due ${formatInstant(a.dueAt, a.dueTimeZone)}` : ''}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-3">
          <Link href={`/teacher/classes/${cls.id}/assignments/new`} className="inline-flex rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-stone-950">
            New assignment
          </Link>
        </p>
      </section>

      <section aria-labelledby="students-title" className="mt-8">
        <h2 id="students-title" className="text-xl font-semibold">
          Students ({students.length})
        </h2>
        {students.length === 0 ? <p className="mt-2">Nobody has joined yet. Share the join code above.</p> : null}
        <ul className="mt-3 space-y-2">
          {students.map((s) => (
            <li key={s.id} className="rounded-lg border border-stone-200 px-4 py-3 dark:border-stone-800">
              <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-1">
                <div>
                  <h3 className="font-semibold">
                    {s.displayName}
                    {lookAlikes.has(s.id) ? <span className="ml-2 text-sm font-normal text-amber-800 dark:text-amber-300">(same name as another student: no. {lookAlikes.get(s.id)})</span> : null}
                  </h3>
                  <p className="text-sm text-stone-600 dark:text-stone-400">
                    Joined <LocalTime iso={s.createdAt} />
                  </p>
                </div>
                <ActionForm action={rejoinCodeAction} submitLabel="Give a rejoin code" variant="secondary" label={`Rejoin code for ${s.displayName}`} className="-mt-3">
                  <input type="hidden" name="classId" value={cls.id} />
                  <input type="hidden" name="studentId" value={s.id} />
                </ActionForm>
              </div>
              {/* Closed by default: thirty open rename and remove forms made the roster 13,000 px long on a phone. */}
              <details className="mt-1">
                <summary className="cursor-pointer text-sm font-medium underline underline-offset-2">Rename or remove {s.displayName}</summary>
                <div className="flex flex-wrap gap-x-8 gap-y-2">
                  <ActionForm action={renameStudentAction} submitLabel="Rename" variant="secondary" label={`Rename ${s.displayName}`}>
                    <input type="hidden" name="classId" value={cls.id} />
                    <input type="hidden" name="studentId" value={s.id} />
                    <Field label="New name" name="displayName" defaultValue={s.displayName} required maxLength={40} id={`rename-${s.id}`} />
                  </ActionForm>
                  <ActionForm action={removeStudentAction} submitLabel="Remove" variant="danger" label={`Remove ${s.displayName}`}>
                    <input type="hidden" name="classId" value={cls.id} />
                    <input type="hidden" name="studentId" value={s.id} />
                    <div className="mt-3 flex items-start gap-2 text-sm">
                      <input type="checkbox" id={`confirm-${s.id}`} name="confirm" value="yes" required className="mt-1" />
                      <label htmlFor={`confirm-${s.id}`}>Also delete their answers</label>
                    </div>
                  </ActionForm>
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="settings-title" className="mt-8 max-w-xl">
        <h2 id="settings-title" className="text-xl font-semibold">
          Class settings
        </h2>
        <ActionForm action={renameClassAction} submitLabel="Rename class" variant="secondary" label="Rename class">
          <input type="hidden" name="classId" value={cls.id} />
          <Field label="Class name" name="name" defaultValue={cls.name} required maxLength={80} />
        </ActionForm>
        <ActionForm action={archiveClassAction} submitLabel={cls.archived ? 'Restore class' : 'Archive class'} variant={cls.archived ? 'secondary' : 'danger'} label="Archive class">
          <input type="hidden" name="classId" value={cls.id} />
          <input type="hidden" name="archived" value={cls.archived ? '0' : '1'} />
        </ActionForm>
      </section>
    </div>
  );
}
