import { OfflineCopyWhenOffline } from '../eservices/offline-copy';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useSession } from '../session/session';
import { PageHeading } from '../ui/page-heading';
import { LoginForm } from './login';

/**
 * The portal's front door: what it is, log-in, and the way to register. The log-in comes right
 * after the heading in the page's order, so on a phone its button is on the first screen; on a
 * wide screen it stands in its own column (styles.css).
 */
export default function HomePage() {
  const { t } = useI18n();
  const { state } = useSession();
  return (
    <div className="home">
      <div className="home-intro">
        <PageHeading>{t('home.welcome')}</PageHeading>
        <p className="lead">{t('home.lead')}</p>
      </div>
      <div className="home-login">
        {/* Without a network the session cannot be restored: the digital ID's offline copy kept here, if any. */}
        <OfflineCopyWhenOffline />
        {state.status === 'anonymous' && (state.expired || state.loggedOut) && (
          <p className="alert alert-info" role="status">
            {t(state.expired ? 'app.sessionExpired' : 'app.loggedOut')}
          </p>
        )}
        <LoginForm />
      </div>
      <div className="home-more">
        <p>
          <Link href="/services">{t('home.browse')}</Link>
        </p>
        <div className="card register-cta">
          <p>{t('login.newUser')}</p>
          <Link href="/register" className="button button-secondary">
            {t('login.register')}
          </Link>
        </div>
      </div>
    </div>
  );
}
