import { lazy, useSyncExternalStore, type AnchorHTMLAttributes, type ComponentType, type LazyExoticComponent, type MouseEvent } from 'react';

/**
 * A small History API router: the portal has a handful of flat paths, and a router library would
 * cost more bytes in the first download than this file.
 */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
window.addEventListener('popstate', () => {
  navigations += 1;
  headingFocusPending = true;
  notify();
});

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
let snapshot: Location = read();
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
  if (now.path !== snapshot.path || now.state !== snapshot.state || now.visit !== snapshot.visit) snapshot = now;
  return snapshot;
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, getSnapshot);
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
export type LazyPage = LazyExoticComponent<ComponentType> & {
  preload(): Promise<unknown>;
  /** The page itself once its chunk has loaded: rendered directly, it never shows the loading line. */
  loaded(): ComponentType | undefined;
};

/**
 * React.lazy that exposes its loader: the first page's chunk can then be requested at start, while
 * the session is restored, rather than after it (a whole round trip later on a slow network). The
 * browser fetches a module once, so lazy's own import later finds it loaded.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let page: ComponentType | undefined;
  const loadOnce = () =>
    load().then((module) => {
      page = module.default;
      return module;
    });
  return Object.assign(lazy(loadOnce), { preload: loadOnce, loaded: () => page });
}
