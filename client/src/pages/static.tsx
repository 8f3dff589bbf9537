import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

export function TermsPage() {
  const { t } = useI18n();
  return (
    <article className="narrow card prose">
      <h1 id="page-title" tabIndex={-1}>
        {t('terms.title')}
      </h1>
      <p>{t('terms.p1')}</p>
      <p>{t('terms.p2')}</p>
      <p>{t('terms.p3')}</p>
    </article>
  );
}

export function PrivacyPage() {
  const { t } = useI18n();
  return (
    <article className="narrow card prose">
      <h1 id="page-title" tabIndex={-1}>
        {t('privacy.title')}
      </h1>
      <p>{t('privacy.p1')}</p>
      <p>{t('privacy.p2')}</p>
      <p>{t('privacy.p3')}</p>
    </article>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="narrow card">
      <h1 id="page-title" tabIndex={-1}>
        {t('app.notFound.title')}
      </h1>
      <p>{t('app.notFound.body')}</p>
      <Link href="/">{t('app.notFound.home')}</Link>
    </div>
  );
}
