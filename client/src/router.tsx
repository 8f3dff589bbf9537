import { use, useSyncExternalStore, type AnchorHTMLAttributes, type ComponentType, type MouseEvent } from 'react';

/**
 * A small History API router: the portal has a handful of flat paths, and a router library would
 * cost more bytes in the first download than this file.
 */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
/** The server draws some pages too (entry-server.tsx): there is no window there, and no history. */
const onServer = typeof window === 'undefined';
if (!onServer) {
  window.addEventListener('popstate', () => {
    navigations += 1;
    headingFocusPending = true;
    notify();
  });
}

/**
 * Set by every in-app navigation and taken by the next page heading that appears (PageHeading),
 * so focus lands on the new page's heading even when the page shows it only after its data or
 * its code has loaded. The first page of a visit keeps the browser's own focus.
 */
let headingFocusPending = false;
export function takeHeadingFocus(): boolean {
  const pending = headingFocusPending;
  headingFocusPending = false;
  return pending;
}

export interface Location {
  path: string;
  state: unknown;
  /** Which navigation of this visit led here: a new one even when the address is the same (a section chosen again). */
  visit: number;
}
let navigations = 0;
let snapshot: Location | undefined;
function read(): Location {
  return { path: window.location.pathname, state: window.history.state as unknown, visit: navigations };
}

export function navigate(path: string, state: unknown = null, replace = false): void {
  if (replace) window.history.replaceState(state, '', path);
  else window.history.pushState(state, '', path);
  navigations += 1;
  headingFocusPending = true;
  notify();
  window.scrollTo(0, 0);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function getSnapshot(): Location {
  const now = read();
  if (!snapshot || now.path !== snapshot.path || now.state !== snapshot.state || now.visit !== snapshot.visit) snapshot = now;
  return snapshot;
}

/**
 * The address a page is drawn for on the server. Set just before each drawing, which is synchronous
 * (renderToString), so one drawing never sees another's address.
 */
let serverLocation: Location = { path: '/', state: null, visit: 0 };
export function drawingAt(path: string): void {
  serverLocation = { path, state: null, visit: 0 };
}

export function useLocation(): Location {
  // In the browser, a page drawn on the server is taken over (hydrated) at the address it was drawn for.
  return useSyncExternalStore(subscribe, getSnapshot, onServer ? () => serverLocation : getSnapshot);
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || rest.target) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}

/** The decoded remainder of the path after `prefix` (e.g. the code in /services/RENEW_PASSPORT). */
export function usePathParam(prefix: string): string {
  const { path } = useLocation();
  return path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : '';
}

/** A page loaded on demand (its own chunk) that can also be fetched before it first renders. */
export type LazyPage = ComponentType & { preload(): Promise<unknown> };

/**
 * A page in its own chunk, like React.lazy, with its loader exposed: the first page's chunk is then
 * requested at start, alongside the session's restore and the page's data, rather than after them
 * (a whole round trip later on a slow network). Once loaded, the page is drawn at once, without a
 * pass through Suspense, so the first page of a visit is drawn whole (main.tsx waits for it) and the
 * page keeps its one identity: a later render never swaps it and loses what it holds.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<unknown> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        // Asked for again on the next render; this one shows the failure.
        loading = undefined;
        throw error;
      },
    ));
  function Page() {
    if (!loaded) use(preload());
    const Loaded = loaded!;
    return <Loaded />;
  }
  return Object.assign(Page, { preload });
}
