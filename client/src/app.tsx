import { lazy, Suspense, useEffect, useRef, type ComponentType, type LazyExoticComponent } from 'react';
import { useUnreadCountQuery } from './gql/graphql';
import { translate, useI18n } from './i18n/i18n';
import { Link, navigate, useLocation } from './router';
import { useSwitchLanguage } from './session/language';
import { useSession } from './session/session';

type Access = 'public' | 'anonymous' | 'signedIn';
interface Route {
  page: LazyExoticComponent<ComponentType>;
  access: Access;
}

// Every page is its own chunk: the first download is the shell, the router and the session.
const routes: Record<string, Route> = {
  '/': { page: lazy(() => import('./pages/home')), access: 'anonymous' },
  '/register': { page: lazy(() => import('./pages/register')), access: 'anonymous' },
  '/verify': { page: lazy(() => import('./pages/verify')), access: 'anonymous' },
  '/terms': { page: lazy(() => import('./pages/static').then((m) => ({ default: m.TermsPage }))), access: 'public' },
  '/privacy': { page: lazy(() => import('./pages/static').then((m) => ({ default: m.PrivacyPage }))), access: 'public' },
  '/forgot-password': { page: lazy(() => import('./pages/reset-password')), access: 'anonymous' },
  // Where the national sign-on's callback sends a person it could not sign in at once (docs/sso.md).
  '/sso/register': { page: lazy(() => import('./sso/sso').then((m) => ({ default: m.SsoRegisterPage }))), access: 'anonymous' },
  '/sso/link': { page: lazy(() => import('./sso/sso').then((m) => ({ default: m.SsoLinkPage }))), access: 'anonymous' },
  '/confirm-email': { page: lazy(() => import('./pages/confirm-email')), access: 'public' },
  '/confirm-email-change': { page: lazy(() => import('./pages/confirm-email')), access: 'public' },
  '/dashboard': { page: lazy(() => import('./pages/dashboard')), access: 'signedIn' },
  '/settings': { page: lazy(() => import('./pages/settings')), access: 'signedIn' },
  '/appointments': { page: lazy(() => import('./appointments/appointments')), access: 'signedIn' },
  '/notifications': { page: lazy(() => import('./notifications/notifications')), access: 'signedIn' },
  // The catalogue is public, as on the real portal: anyone may see what can be done and for what fee.
  '/services': { page: lazy(() => import('./eservices/catalogue')), access: 'public' },
  '/requests': { page: lazy(() => import('./eservices/requests')), access: 'signedIn' },
  '/bills': { page: lazy(() => import('./eservices/bills')), access: 'signedIn' },
  '/documents': { page: lazy(() => import('./eservices/documents')), access: 'signedIn' },
  '/vehicles': { page: lazy(() => import('./eservices/vehicles')), access: 'signedIn' },
  '/family': { page: lazy(() => import('./eservices/family')), access: 'signedIn' },
};
/** Pages with a parameter after the prefix (read with usePathParam). */
const prefixed: [string, Route][] = [
  ['/services/', { page: lazy(() => import('./eservices/service')), access: 'public' }],
  ['/requests/', { page: lazy(() => import('./eservices/requests').then((m) => ({ default: m.RequestPage }))), access: 'signedIn' }],
];
const findRoute = (path: string): Route | undefined => routes[path] ?? prefixed.find(([prefix]) => path.startsWith(prefix) && path.length > prefix.length)?.[1];
const notFound: Route = { page: lazy(() => import('./pages/static').then((m) => ({ default: m.NotFoundPage }))), access: 'public' };

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

/** The unread count beside "Notifications", refreshed on every page change. */
function UnreadBadge() {
  const { t } = useI18n();
  const { path } = useLocation();
  const { data, refetch } = useUnreadCountQuery({ fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    void refetch();
  }, [path, refetch]);
  const count = data?.notifications.unreadCount ?? 0;
  if (!count) return null;
  return (
    <span className="badge-count">
      {count}
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

/** After an in-app navigation, focus the new page's heading so assistive technology announces it. */
function FocusOnNavigate({ path }: { path: string }) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('page-title')?.focus();
  }, [path]);
  return null;
}

function Header() {
  const { t, lang } = useI18n();
  const { state, logout } = useSession();
  const switchLanguage = useSwitchLanguage();
  const { path } = useLocation();
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
            <button type="button" className="button-link" onClick={() => void logout()}>
              {t('nav.logout')}
            </button>
          )}
        </div>
      </div>
      {state.status === 'signedIn' && (
        <nav aria-label={t('nav.main')} className="main-nav">
          <ul>
            {signedInNav.map(([href, key]) => (
              <li key={href}>
                <Link href={href} aria-current={path === href ? 'page' : path.startsWith(`${href}/`) ? 'true' : undefined}>
                  {t(key)}
                  {href === '/notifications' && <UnreadBadge />}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}

export function App() {
  const { t } = useI18n();
  const { state } = useSession();
  const { path } = useLocation();
  const route = findRoute(path) ?? notFound;
  const redirect =
    state.status === 'restoring' ? null : route.access === 'signedIn' && state.status !== 'signedIn' ? '/' : route.access === 'anonymous' && state.status === 'signedIn' && path !== '/verify' ? '/dashboard' : null;
  useEffect(() => {
    if (redirect) navigate(redirect, null, true);
  }, [redirect]);
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
            <Page />
            <FocusOnNavigate path={path} />
          </Suspense>
        )}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
