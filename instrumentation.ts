export async function register() {
  // The database is created, migrated and (when empty) seeded before the server takes requests.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { prepareServer } = await import('./lib/startup');
    await prepareServer();
  }
}
