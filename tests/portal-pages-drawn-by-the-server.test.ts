import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../client/src/i18n/ar';
import { en } from '../client/src/i18n/en';
import { CLIENT_DIST, ensureClientBuilt } from './helpers/client-build';
import { startTestApp, TestApp } from './helpers/test-app';

/** The page a browser gets at `page` with these cookies. */
async function pageAt(t: TestApp, page: string, cookie?: string): Promise<string> {
  const res = await fetch(`${t.url}${page}`, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  return res.text();
}
const root = (html: string) => /<div id="root">([\s\S]*?)<\/div><script type="application\/json" id="portal-data">/.exec(html)?.[1];
const drawnData = (html: string) => JSON.parse(/<script type="application\/json" id="portal-data">([\s\S]*?)<\/script>/.exec(html)![1]) as Record<string, unknown>;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');

// The server draws a first visit's pages with the client's own code (client/src/entry-server.tsx),
// for a visitor without a session, in the language of the lang cookie; the browser takes the page over.
describe('the pages a first visit lands on come drawn by the server', () => {
  let t: TestApp;
  let entry: string;
  beforeAll(async () => {
    ensureClientBuilt();
    entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8'))![1];
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  it('the front page, in Arabic by default and in English with lang=en: heading, log-in form, title, and the answers it was drawn from', async () => {
    for (const [cookie, m, lang] of [
      [undefined, ar, 'ar'],
      ['lang=en', en, 'en'],
    ] as const) {
      const html = await pageAt(t, '/', cookie);
      expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}" data-session="0" data-drawn="">`);
      // The page's own title, as its heading sets it in the browser.
      expect(html).toContain(`<title>${m['home.welcome']}</title>`);
      const drawn = root(html)!;
      expect(text(drawn)).toContain(m['home.welcome']);
      expect(drawn).toContain('name="identifier"');
      expect(drawn).toContain('name="password"');
      // Until the page's code takes it over, its fields wait: nothing typed is lost, no form goes out as a plain one.
      expect(drawn).toMatch(/<fieldset class="form-fields" role="presentation" disabled="">/);
      // The answers it was drawn from: the log-in's options, as the API gives them to this visitor.
      const options = drawnData(html).ROOT_QUERY as Record<string, { captchaRequired: boolean }>;
      expect(options.authOptions.captchaRequired).toBe(true);
    }
  });

  it('the catalogue, with the services and their names in the page language, read from the API as the visitor', async () => {
    const { data } = await t.api.raw<{ services: { nodes: { nameAr: string; nameEn: string }[] } }>({ query: '{ services(first: 3) { nodes { nameAr nameEn } } }' });
    const services = data!.services;
    expect(services.nodes.length).toBeGreaterThan(0);
    const arabic = text(root(await pageAt(t, '/services'))!);
    const english = text(root(await pageAt(t, '/services', 'lang=en'))!);
    expect(arabic).toContain(ar['services.title']);
    expect(english).toContain(en['services.title']);
    for (const service of services.nodes) {
      expect(arabic).toContain(service.nameAr);
      expect(english).toContain(service.nameEn);
    }
  });

  it('the page starts its scripts after it is painted (boot.js), and boot.js names the built entry', async () => {
    const html = await pageAt(t, '/register');
    expect(text(root(html)!)).toContain(ar['register.title']);
    expect(html).toContain(`<title>${ar['register.title']} — ${ar['app.name']}</title>`);
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).toContain(`<script src="/boot.js" data-module="${entry}"`);
    expect((await fetch(`${t.url}/boot.js`)).status).toBe(200);
    expect((await fetch(`${t.url}${entry}`)).status).toBe(200);
  });

  it('a visitor with a session, and a page that is not a landing page, get the page the browser draws itself', async () => {
    for (const [page, cookie] of [
      ['/', 'absher_session=1'],
      ['/services', 'absher_session=1; lang=en'],
      ['/dashboard', undefined],
      ['/no-such-page', undefined],
    ] as const) {
      const html = await pageAt(t, page, cookie);
      expect(html, page).toContain('<div id="root"></div>');
      expect(html, page).not.toContain('id="portal-data"');
      expect(html, page).toContain(`<script type="module" crossorigin src="${entry}">`);
    }
  });
});
