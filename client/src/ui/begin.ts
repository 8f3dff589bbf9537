import { useSyncExternalStore } from 'react';

/**
 * Whether the person has begun on the page: a tap, a key, a field focused. A form's human check
 * (the image code and the device check that comes with it, ui/captcha.tsx) waits for it: a page
 * with a form draws and settles first, and a visitor who only reads makes the server keep no
 * challenge and spends nothing. The code arrives in a fraction of a second, long before a form is
 * filled in.
 */
let begun = false;
const onBegin = new Set<() => void>();
// A page the server drew can be begun on before its code runs: a field already focused counts.
if (typeof document !== 'undefined') begun = document.activeElement !== null && document.activeElement !== document.body;
for (const type of typeof document === 'undefined' || begun ? [] : (['pointerdown', 'keydown', 'focusin'] as const)) {
  document.addEventListener(
    type,
    () => {
      begun = true;
      onBegin.forEach((listener) => listener());
    },
    { capture: true, passive: true, once: true },
  );
}
const subscribe = (listener: () => void) => {
  onBegin.add(listener);
  return () => onBegin.delete(listener);
};

/** Whether the person has begun on the page (false while a drawn page is taken over, and on the server). */
export const useBegun = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => begun,
    () => false,
  );
