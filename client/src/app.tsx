import type { ApolloClient } from '@apollo/client';
import { Suspense, useEffect, useRef, useState } from 'react';
import { AppointmentServicesDocument, AuthOptionsDocument, ServiceCategoriesDocument, ServicesDocument, useUnreadCountQuery } from './gql/graphql';
import { formatNumber } from './i18n/format';
import { translate, useI18n } from './i18n/i18n';
import { lazyPage, Link, navigate, useLocation, type LazyPage } from './router';
import { useSwitchLanguage } from './session/language';
import { useSession } from './session/session';

type Access = 'public' | 'anonymous' | 'signedIn';
interface Route {
  page: LazyPage;
  access: Access;
  /**
   * What the page shows first, asked for alongside its code when it opens a visit (firstPageReady):
   * the page is then drawn once, with its data, instead of a loading line, the page, and the page
   * again as each answer arrives — each a long task on a slow phone.
   */
  data?: ((client: ApolloClient) => Promise<unknown>)[];
  /**
   * Drawn by the server too (entry-server.tsx), for a visitor without a session: the pages a first
   * visit lands on, which read nothing the server cannot see (no address fragment, no storage). The
   * browser then takes the drawn page over instead of drawing it again.
   */
  drawnOnServer?: boolean;
}

/**
 * The forms with a human check: whether an image code is wanted and whether the national sign-on is
 * offered both change the form's shape. The image code itself is asked for once the form is drawn
 * (useCaptcha): it is not part of the first screen, and a request begun before the first drawing
 * competes with the page's own code and data on a slow network.
 */
const authOptions = [(client: ApolloClient) => client.query({ query: AuthOptionsDocument })];

/** The catalogue as /services first shows it: every category, unfiltered. */
const catalogue = [
  (client: ApolloClient) => client.query({ query: ServiceCategoriesDocument }),
  (client: ApolloClient) => client.query({ query: ServicesDocument, variables: { category: null, search: null } }),
  (client: ApolloClient) => client.query({ query: AppointmentServicesDocument }),
];

// Every page is its own chunk: the first download is the shell, the router and the session.
const routes: Record<string, Route> = {
  '/': { drawnOnServer: true, page: lazyPage(() => import('./pages/home')), access: 'anonymous', data: authOptions },
  '/register': { drawnOnServer: true, page: lazyPage(() => import('./pages/register')), access: 'anonymous', data: authOptions },
  '/verify': { page: lazyPage(() => import('./pages/verify')), access: 'anonymous' },
  '/terms': { drawnOnServer: true, page: lazyPage(() => import('./pages/static').then((m) => ({ default: m.TermsPage }))), access: 'public' },
  '/privacy': { drawnOnServer: true, page: lazyPage(() => import('./pages/static').then((m) => ({ default: m.PrivacyPage }))), access: 'public' },
  '/help': { drawnOnServer: true, page: lazyPage(() => import('./pages/static').then((m) => ({ default: m.HelpPage }))), access: 'public' },
  '/contact': { drawnOnServer: true, page: lazyPage(() => import('./pages/static').then((m) => ({ default: m.ContactPage }))), access: 'public' },
  '/accessibility': { drawnOnServer: true, page: lazyPage(() => import('./pages/static').then((m) => ({ default: m.AccessibilityPage }))), access: 'public' },
  '/forgot-password': { drawnOnServer: true, page: lazyPage(() => import('./pages/reset-password')), access: 'anonymous', data: authOptions },
  // Lost phone: national SSO (comes back to /recover/sso#token=…) or an office's code (issue 17, docs/account-recovery.md).
  '/recover': { page: lazyPage(() => import('./recovery/recovery')), access: 'anonymous' },
  '/recover/sso': { page: lazyPage(() => import('./recovery/recovery').then((m) => ({ default: m.RecoverSsoPage }))), access: 'anonymous' },
  // Where the national sign-on's callback sends a person it could not sign in at once (docs/sso.md).
  '/sso/register': { page: lazyPage(() => import('./sso/sso').then((m) => ({ default: m.SsoRegisterPage }))), access: 'anonymous' },
  '/sso/link': { page: lazyPage(() => import('./sso/sso').then((m) => ({ default: m.SsoLinkPage }))), access: 'anonymous' },
  '/confirm-email': { page: lazyPage(() => import('./pages/confirm-email')), access: 'public' },
  '/confirm-email-change': { page: lazyPage(() => import('./pages/confirm-email')), access: 'public' },
  '/dashboard': { page: lazyPage(() => import('./pages/dashboard')), access: 'signedIn' },
  '/settings': { page: lazyPage(() => import('./pages/settings')), access: 'signedIn' },
  '/settings/email': { page: lazyPage(() => import('./settings/contacts').then((m) => ({ default: m.ChangeEmailPage }))), access: 'signedIn' },
  '/settings/notifications': { page: lazyPage(() => import('./settings/notification-preferences')), access: 'signedIn' },
  '/settings/mobile': { page: lazyPage(() => import('./settings/contacts').then((m) => ({ default: m.ChangeMobilePage }))), access: 'signedIn' },
  '/appointments': { page: lazyPage(() => import('./appointments/appointments')), access: 'signedIn' },
  '/notifications': { page: lazyPage(() => import('./notifications/notifications')), access: 'signedIn' },
  // The catalogue is public, as on the real portal: anyone may see what can be done and for what fee.
  '/services': { drawnOnServer: true, page: lazyPage(() => import('./eservices/catalogue')), access: 'public', data: catalogue },
  '/requests': { page: lazyPage(() => import('./eservices/requests')), access: 'signedIn' },
  '/bills': { page: lazyPage(() => import('./eservices/bills')), access: 'signedIn' },
  '/documents': { page: lazyPage(() => import('./eservices/documents')), access: 'signedIn' },
  '/wallet': { page: lazyPage(() => import('./wallet/wallet')), access: 'signedIn' },
  '/vehicles': { page: lazyPage(() => import('./eservices/vehicles')), access: 'signedIn' },
  '/family': { page: lazyPage(() => import('./eservices/family')), access: 'signedIn' },
  '/authorisations': { page: lazyPage(() => import('./authorisations/authorisations')), access: 'signedIn' },
};
/** Pages with a parameter after the prefix (read with usePathParam). */
const prefixed: [string, Route][] = [
  ['/services/', { page: lazyPage(() => import('./eservices/service')), access: 'public' }],
  ['/requests/', { page: lazyPage(() => import('./eservices/requests').then((m) => ({ default: m.RequestPage }))), access: 'signedIn' }],
  ['/vehicles/sell/', { page: lazyPage(() => import('./vehicle-sales/sales')), access: 'signedIn' }],
  ['/vehicles/sales/', { page: lazyPage(() => import('./vehicle-sales/sales').then((m) => ({ default: m.VehicleSalePage }))), access: 'signedIn' }],
  ['/receipts/', { page: lazyPage(() => import('./eservices/requests').then((m) => ({ default: m.ReceiptPage }))), access: 'signedIn' }],
];
const findRoute = (path: string): Route | undefined => routes[path] ?? prefixed.find(([prefix]) => path.startsWith(prefix) && path.length > prefix.length)?.[1];
const notFound: Route = { page: lazyPage(() => import('./pages/static').then((m) => ({ default: m.NotFoundPage }))), access: 'public' };

/** The page the server draws at `path` for a visitor without a session, if it draws one there. */
export const serverDrawnPage = (path: string): Route | undefined => {
  const route = findRoute(path);
  return route?.drawnOnServer ? route : undefined;
};

/** How long the first drawing waits for the first page's data before the page shows its own loading line. */
const FIRST_DATA_WAIT_MS = 2_000;

/**
 * Resolves when the first page can be drawn whole: its code, and its first data (Route.data) for a
 * page the visitor will see — a public page, or a signed-out page when there is no session to
 * restore (one that is restored leads elsewhere). Data that is slow or fails does not hold it back.
 * A page the server drew came with its data (the cache it was drawn from): only its code is awaited.
 */
export function firstPageReady(client: ApolloClient, sessionToRestore: boolean, drawnByServer = false): Promise<unknown> {
  const firstRoute = findRoute(window.location.pathname) ?? notFound;
  // The first page's chunk is requested at once, alongside the session's restore and the page's
  // data rather than after them. A failure is shown when the page renders (it is imported again).
  const firstPageCode = firstRoute.page.preload().catch(() => undefined);
  const shown = firstRoute.access === 'public' || (firstRoute.access === 'anonymous' && !sessionToRestore);
  if (drawnByServer) return firstPageCode.then(() => readDrawnData(client, firstRoute));
  const data = shown && firstRoute.data ? Promise.all(firstRoute.data.map((ask) => ask(client))).catch(() => undefined) : undefined;
  const waited = new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS));
  return Promise.all([firstPageCode, data && Promise.race([data, waited])]);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * A drawn page's data is in the cache it was drawn from: asking for it reads the cache, nothing goes
 * out. Read once before the page is taken over, each answer in a task of its own, the first reads (the
 * costliest: the API client's code runs for the first time) do not join the page's own drawing in
 * one long task, and the page then finds the answers already read.
 */
async function readDrawnData(client: ApolloClient, route: Route): Promise<void> {
  for (const ask of route.data ?? []) {
    await nextTask();
    await ask(client).catch(() => undefined);
  }
  await nextTask();
}

/** Pages of the signed-in navigation, in order. */
const signedInNav = [
  ['/dashboard', 'nav.dashboard'],
  ['/services', 'nav.services'],
  ['/requests', 'nav.requests'],
  ['/bills', 'nav.bills'],
  ['/documents', 'nav.documents'],
  ['/vehicles', 'nav.vehicles'],
  ['/appointments', 'nav.appointments'],
  ['/family', 'nav.family'],
  ['/notifications', 'nav.notifications'],
  ['/settings', 'nav.settings'],
] as const;

/** The footer's pages: help and the portal's commitments, for everyone. */
const footerNav = [
  ['/help', 'help.title'],
  ['/contact', 'contact.title'],
  ['/accessibility', 'accessibility.title'],
  ['/terms', 'terms.title'],
  ['/privacy', 'privacy.title'],
] as const;

/** The unread count, refreshed on every page change (and by the mutations that create notifications). */
function useUnreadCount(): number {
  const { path } = useLocation();
  const { data, refetch } = useUnreadCountQuery({ fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    void refetch();
  }, [path, refetch]);
  return data?.notifications.unreadCount ?? 0;
}

function UnreadBadge({ count }: { count: number }) {
  const { t, lang } = useI18n();
  if (!count) return null;
  return (
    <span className="badge-count" data-unread={count}>
      {formatNumber(count, lang)}
      <span className="visually-hidden"> {t('notifications.unread', { count: '' })}</span>
    </span>
  );
}

function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/**
 * Every section of the signed-in portal. On a wide screen it is one row under the header; on a
 * phone or a narrow window (styles.css) it folds behind a "Menu" button that shows the unread
 * count and opens the full list, so no section hides in a sideways scroll.
 */
function MainNav({ unread, onLogout }: { unread: number; onLogout(): void }) {
  const { t } = useI18n();
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // A new page closes the menu.
  useEffect(() => setOpen(false), [path]);
  // Escape closes it from wherever the focus is, and gives the focus back to its button.
  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [open]);
  return (
    <nav aria-label={t('nav.main')} className="main-nav" data-open={open}>
      <button ref={toggle} type="button" className="menu-toggle" aria-expanded={open} aria-controls="main-menu" onClick={() => setOpen((o) => !o)}>
        <span className="menu-icon" aria-hidden="true" />
        {t('nav.menu')}
        <UnreadBadge count={unread} />
      </button>
      {/* Choosing a section closes the menu, the current one too (its address does not change). */}
      <ul id="main-menu" onClick={(event) => (event.target as HTMLElement).closest('a') && setOpen(false)}>
        {signedInNav.map(([href, key]) => (
          <li key={href}>
            <Link href={href} aria-current={path === href ? 'page' : path.startsWith(`${href}/`) ? 'true' : undefined}>
              {t(key)}
              {href === '/notifications' && <UnreadBadge count={unread} />}
            </Link>
          </li>
        ))}
        <li className="menu-only">
          <button type="button" className="menu-logout" onClick={onLogout}>
            {t('nav.logout')}
          </button>
        </li>
      </ul>
    </nav>
  );
}

function SignedInNav({ onLogout }: { onLogout(): void }) {
  const unread = useUnreadCount();
  return <MainNav unread={unread} onLogout={onLogout} />;
}

function Header() {
  const { t, lang } = useI18n();
  const { state, logout } = useSession();
  const switchLanguage = useSwitchLanguage();
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <header className="site-header">
      <div className="bar">
        <Link href={state.status === 'signedIn' ? '/dashboard' : '/'} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="header-actions">
          <button type="button" className="button-link" lang={other} onClick={() => void switchLanguage(other)}>
            {translate(other, 'lang.self')}
          </button>
          {state.status === 'signedIn' && (
            <button type="button" className="button-link header-logout" onClick={() => void logout()}>
              {t('nav.logout')}
            </button>
          )}
        </div>
      </div>
      {state.status === 'signedIn' && <SignedInNav onLogout={() => void logout()} />}
    </header>
  );
}

function Footer() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <div className="footer-inner">
        <nav aria-label={t('footer.nav')}>
          <ul>
            {footerNav.map(([href, key]) => (
              <li key={href}>
                <Link href={href}>{t(key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t('app.footer')}</p>
      </div>
    </footer>
  );
}

export function App() {
  const { t } = useI18n();
  const { state } = useSession();
  const { path, visit } = useLocation();
  const route = findRoute(path) ?? notFound;
  const redirect =
    state.status === 'restoring'
      ? null
      : route.access === 'signedIn' && state.status !== 'signedIn'
        ? '/'
        : route.access === 'anonymous' && state.status === 'signedIn' && path !== '/verify'
          ? '/dashboard'
          : null;
  useEffect(() => {
    if (redirect) navigate(redirect, null, true);
  }, [redirect]);
  // A page the server drew (server/http/portal-shell.ts) is now the browser's own.
  useEffect(() => {
    delete document.documentElement.dataset.drawn;
  }, []);
  const waiting = redirect !== null || (state.status === 'restoring' && route.access !== 'public');
  const Page = route.page;
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {waiting ? (
          <Loading />
        ) : (
          <Suspense fallback={<Loading />}>
            {/* A fresh page per navigation: /requests/A and /requests/B are two pages, and a section chosen again starts afresh, heading focused. */}
            <Page key={`${path}#${visit}`} />
          </Suspense>
        )}
      </main>
      <Footer />
    </>
  );
}
