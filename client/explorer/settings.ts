/** What the server tells the page in `<meta name="absher-explorer">` (server/http/explorer.ts). */
export interface ExplorerSettings {
  /** Whether the server answers introspection; without it there is no schema to document or complete. */
  introspection: boolean;
  /** Development with the SMS outbox: the demo sign-in and its `/dev` routes exist. */
  demoSignIn: boolean;
}

export function readSettings(): ExplorerSettings {
  const raw = document.querySelector('meta[name="absher-explorer"]')?.getAttribute('content') ?? '{}';
  const parsed = JSON.parse(raw) as Partial<ExplorerSettings>;
  return { introspection: parsed.introspection === true, demoSignIn: parsed.demoSignIn === true };
}

/** The GraphQL endpoint: the page is served at it. */
export const ENDPOINT = `${location.origin}/graphql`;
