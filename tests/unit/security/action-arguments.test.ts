import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, outcome } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '198.51.100.8', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import * as practiceActions from '@/app/explainers/[slug]/quiz/actions';
import * as joinActions from '@/app/join/actions';
import * as studentActions from '@/app/student/actions';
import * as teacherActions from '@/app/teacher/actions';
import type { ActionState } from '@/lib/auth/actions';
import { joinStudent, makeClass, signUpTeacher } from '../../helpers/classroom';
import { engines, useTestDb, type TestDb } from '../../helpers/db';

/**
 * Next.js decodes a server action's arguments from the request body (React's decodeReply), so anyone can send
 * an action arguments that are not [state, FormData]: none may make it throw (a 500).
 */
const craftedArguments: unknown[][] = [
  [],
  [undefined, undefined],
  [null, null],
  [{}, {}],
  [{ ok: false, status: 0 }, 'name=x'],
  [{ ok: false, status: 0 }, 42],
  [{ ok: false, status: 0 }, ['name', 'x']],
  [{ ok: false, status: 0 }, { name: 'x' }],
  [{ ok: false, status: 0 }, { get: 1, entries: 'no' }],
  [new FormData()],
  ['$ACTION', { then: 1 }],
];

const formActions = Object.entries({ ...teacherActions, ...joinActions, ...studentActions }).filter(([name]) => name !== 'signOut' && name !== 'leaveAction') as [
  string,
  (...args: unknown[]) => Promise<ActionState>,
][];

describe.each(engines)('server actions given crafted arguments on %s', (engine) => {
  let t: TestDb;
  let teacherCookie = '';
  let studentCookie = '';

  beforeAll(async () => {
    t = await useTestDb(engine);
    const teacher = await signUpTeacher('args@example.com');
    teacherCookie = teacher.cookie;
    const cls = await makeClass(t.db, teacher.id, 'Class');
    studentCookie = (await joinStudent(t.db, cls.id, 'S')).cookie;
  });
  afterAll(async () => t?.close());

  it('covers every form action', () => {
    expect(formActions.map(([n]) => n).sort()).toEqual(
      expect.arrayContaining(['createClassAction', 'createAssignmentAction', 'joinClass', 'rejoinClass', 'signIn', 'signUp', 'startAttemptAction']),
    );
  });

  it.each(['anonymous', 'teacher', 'student'] as const)('form actions answer a 4xx state, never throw (%s)', async (who) => {
    ctx.cookie = who === 'teacher' ? teacherCookie : who === 'student' ? studentCookie : '';
    for (const [name, action] of formActions) {
      for (const args of craftedArguments) {
        const state = await action(...args).catch((error: unknown) => ({ thrown: String(error) }));
        expect({ name, args, state }).toMatchObject({ state: { ok: false, status: expect.any(Number) } });
        const { status, error } = state as ActionState;
        expect(status, `${name}(${JSON.stringify(args)})`).toBeGreaterThanOrEqual(400);
        expect(status).toBeLessThan(500);
        expect(error).toMatch(/\w{3,}/);
      }
    }
  });

  it('a teacher action names the problem: the request was not a form', async () => {
    ctx.cookie = teacherCookie;
    const state = await teacherActions.createClassAction({ ok: false, status: 0 }, 'name=x' as unknown as FormData);
    expect(state).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/not sent as a form/) });
  });

  it('the practice quiz action sends a malformed post home instead of throwing', async () => {
    for (const args of craftedArguments) {
      expect(await outcome(() => (practiceActions.submitPracticeAnswer as (...a: unknown[]) => Promise<void>)(...args))).toBe('redirect:/');
    }
  });
});
