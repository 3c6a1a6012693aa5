// The web desk with a staffer signed in through a one-time link, as the tests of its pages use it.
import type { Db } from '../../src/store/database.ts';
import { createSignInLink, type StaffIdentity } from '../../src/store/deskSessionStore.ts';
import { createDeskApp, type DeskWebDeps } from '../../src/web/deskApp.ts';

export interface SignedInDesk {
  web: ReturnType<typeof createDeskApp>;
  /** `name=value` of the session cookie. */
  cookie: string;
  get(path: string, withSession?: boolean): Promise<Response>;
}

export async function signedInDesk(db: Db, options: Partial<DeskWebDeps> & { staff?: StaffIdentity } = {}): Promise<SignedInDesk> {
  const { staff = { platform: 'console', id: 'S1', name: 'Sam' }, ...deps } = options;
  const web = createDeskApp({ db, staffCheck: async () => true, publicUrl: null, timeZone: 'UTC', ...deps });
  const token = await createSignInLink(db, staff, new Date(), 600_000);
  const signedIn = await web.request('http://localhost/desk/sign-in/link', { method: 'POST', body: new URLSearchParams({ token }) });
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  return {
    web,
    cookie,
    get: async (path, withSession = true) => web.request(`http://localhost${path}`, { headers: withSession ? { cookie } : {} }),
  };
}
