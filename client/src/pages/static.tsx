import type { MessageKey } from '../i18n/ar';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { PageHeading } from '../ui/page-heading';

/** A short page of the portal's own text: a heading, paragraphs, and questions with their answers. */
function TextPage({ title, paragraphs = [], sections = [] }: { title: MessageKey; paragraphs?: MessageKey[]; sections?: [MessageKey, MessageKey][] }) {
  const { t } = useI18n();
  return (
    <article className="narrow card prose">
      <PageHeading>{t(title)}</PageHeading>
      {paragraphs.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      {sections.map(([question, answer]) => (
        <section key={question} aria-labelledby={question.replace(/\./g, '-')}>
          <h2 id={question.replace(/\./g, '-')}>{t(question)}</h2>
          <p>{t(answer)}</p>
        </section>
      ))}
    </article>
  );
}

export function TermsPage() {
  return <TextPage title="terms.title" paragraphs={['terms.p1', 'terms.p2', 'terms.p3']} />;
}

export function PrivacyPage() {
  return <TextPage title="privacy.title" paragraphs={['privacy.p1', 'privacy.p2', 'privacy.p3']} />;
}

export function HelpPage() {
  return (
    <TextPage
      title="help.title"
      paragraphs={['help.intro']}
      sections={[
        ['help.register.q', 'help.register.a'],
        ['help.login.q', 'help.login.a'],
        ['help.password.q', 'help.password.a'],
        ['help.sms.q', 'help.sms.a'],
        ['help.pay.q', 'help.pay.a'],
        ['help.appointments.q', 'help.appointments.a'],
      ]}
    />
  );
}

export function ContactPage() {
  return (
    <TextPage
      title="contact.title"
      paragraphs={['contact.p1']}
      sections={[
        ['contact.records.q', 'contact.records.a'],
        ['contact.problem.q', 'contact.problem.a'],
        ['contact.security.q', 'contact.security.a'],
      ]}
    />
  );
}

export function AccessibilityPage() {
  return (
    <TextPage
      title="accessibility.title"
      paragraphs={['accessibility.p1']}
      sections={[
        ['accessibility.done.q', 'accessibility.done.a'],
        ['accessibility.limits.q', 'accessibility.limits.a'],
        ['accessibility.report.q', 'accessibility.report.a'],
      ]}
    />
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="narrow card">
      <PageHeading>{t('app.notFound.title')}</PageHeading>
      <p>{t('app.notFound.body')}</p>
      <Link href="/">{t('app.notFound.home')}</Link>
    </div>
  );
}
