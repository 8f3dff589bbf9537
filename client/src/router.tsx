import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * A small History API router: the portal has a handful of flat paths, and a router library would
 * cost more bytes in the first download than this file.
 */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
window.addEventListener('popstate', notify);

export interface Location {
  path: string;
  state: unknown;
}
let snapshot: Location = read();
function read(): Location {
  return { path: window.location.pathname, state: window.history.state as unknown };
}

export function navigate(path: string, state: unknown = null, replace = false): void {
  if (replace) window.history.replaceState(state, '', path);
  else window.history.pushState(state, '', path);
  notify();
  window.scrollTo(0, 0);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function getSnapshot(): Location {
  const now = read();
  if (now.path !== snapshot.path || now.state !== snapshot.state) snapshot = now;
  return snapshot;
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** Sends focus to the page's heading after navigation, so screen reader users hear the new page. */
export function useFocusHeading(ref: { current: HTMLElement | null }): void {
  const { path } = useLocation();
  useEffect(() => {
    ref.current?.focus();
  }, [path, ref]);
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
