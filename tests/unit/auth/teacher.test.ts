import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { form, nextHeadersMock, outcome } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '192.0.2.9', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

import { signIn, signOut, signUp } from '@/app/teacher/actions';
import { clientIp, getTeacherFromHeaders } from '@/lib/auth/teacher';
import { signUpTeacher } from '../../helpers/classroom';
import { engines, useTestDb, type TestDb } from '../../helpers/db';

describe.each(engines)('teacher accounts on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await useTestDb(engine);
  });
  afterAll(async () => t?.close());

  it('hashes passwords and keeps sessions in the database', async () => {
    const teacher = await signUpTeacher('hash@example.com', 'my secret password');
    const account = await t.db.selectFrom('account' as never).selectAll().execute();
    expect(JSON.stringify(account)).not.toContain('my secret password');
    const sessions = await t.db.selectFrom('session').selectAll().where('userId', '=', teacher.id).execute();
    expect(sessions).toHaveLength(1);
    expect(await getTeacherFromHeaders(new Headers({ cookie: teacher.cookie }))).toMatchObject({ id: teacher.id, email: 'hash@example.com' });
    expect(await getTeacherFromHeaders(new Headers({ cookie: teacher.cookie.replace(/.{4}$/, 'AAAA') }))).toBeNull();
  });

  it('signs up, in and out through the form actions', async () => {
    ctx.cookie = '';
    expect(await outcome(() => signUp({ ok: false, status: 0 }, form({ name: 'Ms A', email: 'A@Example.com', password: 'long enough pw' })))).toBe('redirect:/teacher');
    expect(await signUp({ ok: false, status: 0 }, form({ name: 'Ms A', email: 'not-an-email', password: 'long enough pw' }))).toMatchObject({ status: 400 });
    expect(await signUp({ ok: false, status: 0 }, form({ name: 'Ms A', email: 'b@example.com', password: 'short' }))).toMatchObject({ status: 400 });
    expect(await signIn({ ok: false, status: 0 }, form({ email: 'a@example.com', password: 'wrong password' }))).toMatchObject({ status: 401 });
    const user = await t.db.selectFrom('user').select('id').where('email', '=', 'a@example.com').executeTakeFirstOrThrow();
    const sessions = async () => (await t.db.selectFrom('session').select('id').where('userId', '=', user.id).execute()).length;
    const before = await sessions();
    expect(await outcome(() => signIn({ ok: false, status: 0 }, form({ email: 'a@example.com', password: 'long enough pw' })))).toBe('redirect:/teacher');
    expect(await sessions()).toBe(before + 1);

    // Sign-out ends the session in the database, so the cookie stops working everywhere.
    const other = await signUpTeacher('c@example.com');
    ctx.cookie = other.cookie;
    expect(await getTeacherFromHeaders(new Headers({ cookie: other.cookie }))).toMatchObject({ email: 'c@example.com' });
    expect(await outcome(() => signOut())).toBe('redirect:/teacher/sign-in');
    expect(await getTeacherFromHeaders(new Headers({ cookie: other.cookie }))).toBeNull();
  });

  it('takes the client address a client cannot forge', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.1' }))).toBe('10.0.0.1');
    expect(clientIp(new Headers())).toBe('unknown');
  });

  it('counts an IPv6 client as its /64, so one line cannot rotate through 2^64 addresses', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '2001:DB8:0001:0002:aaaa:bbbb:cccc:dddd' }))).toBe('2001:db8:1:2::/64');
    expect(clientIp(new Headers({ 'x-forwarded-for': '2001:db8:1:2::ffff' }))).toBe('2001:db8:1:2::/64');
    expect(clientIp(new Headers({ 'x-forwarded-for': '2001:db8::1' }))).toBe('2001:db8:0:0::/64');
    expect(clientIp(new Headers({ 'x-forwarded-for': '::1' }))).toBe('0:0:0:0::/64');
  });
});
