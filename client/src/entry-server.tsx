import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { renderToString } from 'react-dom/server';
import { serverDrawnPage } from './app';
import { translate, type Lang } from './i18n/i18n';
import { Portal } from './portal';
import { drawingAt } from './router';

/** A first page drawn on the server: its markup, the title it opens with, and the answers it was drawn from. */
export interface DrawnPage {
  html: string;
  title: string;
  /** The Apollo cache as JSON, safe inside a `<script>` element. */
  data: string;
}

/**
 * The server's drawing of a first page (server/http/portal-shell.ts) for a visitor without a
 * session, or null where the server draws none (app.tsx, Route.drawnOnServer). `fetch` answers the
 * page's GraphQL requests in-process, as from the visitor (their address, their language). The
 * drawing is the browser's own first drawing, so the browser takes it over (main.tsx) unchanged.
 */
export async function drawPage(path: string, lang: Lang, fetch: typeof globalThis.fetch): Promise<DrawnPage | null> {
  const route = serverDrawnPage(path);
  if (!route) return null;
  const client = new ApolloClient({ ssrMode: true, link: new HttpLink({ uri: '/graphql', fetch }), cache: new InMemoryCache() });
  await route.page.preload();
  // Data that fails leaves the page as the browser would draw it before its answers came.
  await Promise.all((route.data ?? []).map((ask) => ask(client))).catch(() => undefined);
  drawingAt(path);
  const html = renderToString(<Portal client={client} lang={lang} mayRestore={false} />);
  const data = JSON.stringify(client.extract()).replace(/</g, '\\u003c');
  client.stop();
  // The tab's title, as the page's heading sets it in the browser (ui/page-heading.tsx).
  const title = /<h1 id="page-title"[^>]*? data-title="([^"]*)"/.exec(html)?.[1];
  return { html, title: title ? unescapeHtml(title) : translate(lang, 'app.name'), data };
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
const unescapeHtml = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => entities[entity]);
