import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { takeHeadingFocus } from '../router';

/**
 * The page's main heading and the browser tab's title, `heading — Absher`, so that tabs, history
 * and a screen reader's first announcement tell the pages apart (`title` when the tab should say
 * something shorter than the heading). After an in-app navigation the heading takes the focus
 * when it appears, so assistive technology announces the new page.
 */
export function PageHeading({ children, title }: { children: string; title?: string }) {
  const { t } = useI18n();
  const name = t('app.name');
  const text = title ?? children;
  const full = text.includes(name) ? text : `${text} — ${name}`;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = full;
  }, [full]);
  useEffect(() => {
    if (takeHeadingFocus()) heading.current?.focus();
  }, []);
  return (
    // data-title: the tab's title, read by the server for a page it draws (entry-server.tsx).
    <h1 id="page-title" ref={heading} tabIndex={-1} data-title={full}>
      {children}
    </h1>
  );
}
