// `npm run db:migrate`: opens the database at DATABASE_PATH, which applies pending migrations.
import { closeDb, databasePath, getDb } from '../db/client';

getDb();
closeDb();
console.log(`Database migrated: ${databasePath()}`);
