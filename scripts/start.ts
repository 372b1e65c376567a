// `npm start`: builds the web app when its sources changed, then runs the server (embedded database and demo
// data unless DATABASE_URL says otherwise).
import { ensureWebBuilt } from './web-build.ts';

ensureWebBuilt();
await import('../apps/server/src/main.ts');
