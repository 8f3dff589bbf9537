import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useSession } from '../session/session';
import { LoginForm } from './login';

/** The portal's front door: what it is, log-in, and the way to register. */
export default function HomePage() {
  const { t } = useI18n();
  const { state } = useSession();
  return (
    <div className="home">
      <section className="hero" aria-labelledby="page-title">
        <h1 id="page-title" tabIndex={-1}>
          {t('home.welcome')}
        </h1>
        <p className="lead">{t('home.lead')}</p>
        <p>
          <Link href="/services">{t('home.browse')}</Link>
        </p>
        <div className="card register-cta">
          <p>{t('login.newUser')}</p>
          <Link href="/register" className="button button-secondary">
            {t('login.register')}
          </Link>
        </div>
      </section>
      <div>
        {state.status === 'anonymous' && state.expired && (
          <p className="alert alert-info" role="status">
            {t('app.sessionExpired')}
          </p>
        )}
        <LoginForm />
      </div>
    </div>
  );
}
