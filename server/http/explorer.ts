import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { REPO_ROOT } from '../shared/paths';

/**
 * What `GET /graphql` shows a browser: GraphiQL (client/explorer, built by `npm run build:client`
 * into client/dist/explorer and served from there as static files). Apollo's default page loads
 * Sandbox from the internet and is blank offline; this one needs nothing but this server.
 */
export const EXPLORER_DIST = path.join(REPO_ROOT, 'client', 'dist', 'explorer');

/** The settings the page reads from `<meta name="absher-explorer">` (client/explorer/settings.ts). */
export interface ExplorerSettings {
  introspection: boolean;
  demoSignIn: boolean;
}

/**
 * The explorer's "sign in as a demo person" and its `/dev/demo-people` route exist only in
 * development with the SMS outbox, where `/dev/outbox` shows the codes it needs.
 */
export function demoSignInEnabled(config: Pick<Config, 'env' | 'sms'>): boolean {
  return config.env === 'development' && config.sms.gateway === 'outbox';
}

export function explorerSettings(config: Pick<Config, 'env' | 'sms' | 'introspection'>): ExplorerSettings {
  return { introspection: config.introspection, demoSignIn: demoSignInEnabled(config) };
}

const SETTINGS_META = /<meta name="absher-explorer" content="[^"]*"\s*\/?>/;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page's HTML, with its settings filled in; read once at start. When the explorer has not been
 * built (a server run from source without `npm run build:client`), a plain page says how to build
 * it and where the contract is.
 */
export function explorerPageHtml(settings: ExplorerSettings, publicUrl: string, dist = EXPLORER_DIST): string {
  const file = path.join(dist, 'index.html');
  if (!existsSync(file)) return notBuiltHtml(settings, publicUrl);
  const html = readFileSync(file, 'utf8');
  if (!SETTINGS_META.test(html)) throw new Error(`${file} has no <meta name="absher-explorer"> to fill`);
  return html.replace(SETTINGS_META, `<meta name="absher-explorer" content="${escapeAttribute(JSON.stringify(settings))}">`);
}

function notBuiltHtml(settings: ExplorerSettings, publicUrl: string): string {
  const endpoint = `${publicUrl}/graphql`;
  const sandbox = `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(endpoint)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Absher GraphQL API · واجهة أبشر البرمجية</title>
<style>
  body { font: 15px/1.5 system-ui, "Segoe UI", Tahoma, sans-serif; margin: 0 auto; max-width: 900px; padding: 16px 24px; color: #1b1b1b; }
  h1 { color: #0b6b3a; font-size: 22px; }
  code { background: #e7ecea; padding: 1px 4px; border-radius: 4px; }
  a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>Absher GraphQL API · <span lang="ar" dir="rtl">واجهة أبشر البرمجية</span></h1>
<p>This endpoint speaks GraphQL over HTTP (<code>POST ${escapeAttribute(endpoint)}</code> with <code>Content-Type: application/json</code>);
the contract is the committed <code>schema/schema.graphql</code>. The offline explorer (GraphiQL) is not built on this server:
<code>npm run build:client</code> builds it (<code>npm start</code> does).
${settings.introspection ? `Online, <a id="sandbox" href="${escapeAttribute(sandbox)}">Apollo Sandbox</a> explores this endpoint.` : 'Introspection is off on this server.'}</p>
<p lang="ar" dir="rtl">هذه واجهة GraphQL لبوابة أبشر، وعقدها الملف <code>schema/schema.graphql</code>. المستكشف دون اتصال (GraphiQL) غير مبني على هذا الخادم:
يبنيه الأمر <code>npm run build:client</code> (ويبنيه <code>npm start</code>).
${settings.introspection ? 'ومع الاتصال بالإنترنت يستكشفها Apollo Sandbox عبر الرابط أعلاه.' : 'الاستبطان معطّل على هذا الخادم.'}</p>
</main>
</body>
</html>`;
}
