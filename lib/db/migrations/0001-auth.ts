import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Engine, VersionedMigration } from './types';

/**
 * better-auth's tables (user, session, account, verification, rateLimit), column for column what
 * `getMigrations()` of better-auth 1.7 generates for each engine, so the library and our migrations agree.
 */
export const migration0001Auth: VersionedMigration = {
  async up(db: Kysely<any>, engine: Engine) {
    const pg = engine === 'postgres';
    const time = pg ? 'timestamptz' : 'date';
    const now = (c: any) => (pg ? c.defaultTo(sql`CURRENT_TIMESTAMP`) : c);

    await db.schema
      .createTable('user')
      .addColumn('id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('emailVerified', pg ? 'boolean' : 'integer', (c) => c.notNull())
      .addColumn('image', 'text')
      .addColumn('createdAt', time, (c) => now(c).notNull())
      .addColumn('updatedAt', time, (c) => now(c).notNull())
      .execute();

    await db.schema
      .createTable('session')
      .addColumn('id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('expiresAt', time, (c) => c.notNull())
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('createdAt', time, (c) => now(c).notNull())
      .addColumn('updatedAt', time, (c) => c.notNull())
      .addColumn('ipAddress', 'text')
      .addColumn('userAgent', 'text')
      .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
      .execute();

    await db.schema
      .createTable('account')
      .addColumn('id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('accountId', 'text', (c) => c.notNull())
      .addColumn('providerId', 'text', (c) => c.notNull())
      .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
      .addColumn('accessToken', 'text')
      .addColumn('refreshToken', 'text')
      .addColumn('idToken', 'text')
      .addColumn('accessTokenExpiresAt', time)
      .addColumn('refreshTokenExpiresAt', time)
      .addColumn('scope', 'text')
      .addColumn('password', 'text')
      .addColumn('createdAt', time, (c) => now(c).notNull())
      .addColumn('updatedAt', time, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('verification')
      .addColumn('id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('identifier', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('expiresAt', time, (c) => c.notNull())
      .addColumn('createdAt', time, (c) => now(c).notNull())
      .addColumn('updatedAt', time, (c) => now(c).notNull())
      .execute();

    await db.schema
      .createTable('rateLimit')
      .addColumn('id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('lastRequest', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema.createIndex('session_userId_idx').on('session').column('userId').execute();
    await db.schema.createIndex('account_userId_idx').on('account').column('userId').execute();
    await db.schema.createIndex('verification_identifier_idx').on('verification').column('identifier').execute();
  },
};
