import { useState, type FormEvent } from 'react';
import {
  MyAuthorisationsDocument,
  UnreadCountDocument,
  useAcceptAuthorisationMutation,
  useDeclineAuthorisationMutation,
  useDelegableServicesQuery,
  useGrantAuthorisationMutation,
  useMyAuthorisationsQuery,
  useRevokeAuthorisationMutation,
  type AuthorisationFieldsFragment,
  type AuthorisationStatus,
  type ServiceCode,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate, latinDigits, riyadhDay } from '../i18n/format';
import { CheckboxGroup, ErrorSummary, Field, Form, splitErrors, useFocusOnRefusal, type FieldErrorLike, type UserErrorLike } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';
import { TwoStepAction } from '../ui/two-step-action';

type Authorisation = AuthorisationFieldsFragment;

const statusKeys: Record<AuthorisationStatus, MessageKey> = {
  PENDING: 'authorisations.status.PENDING',
  ACCEPTED: 'authorisations.status.ACCEPTED',
  DECLINED: 'authorisations.status.DECLINED',
  REVOKED: 'authorisations.status.REVOKED',
  EXPIRED: 'authorisations.status.EXPIRED',
};
/** The colours the portal's other statuses use: pending is waiting, accepted is in force, the rest ended. */
const statusClass: Record<AuthorisationStatus, string> = { PENDING: 'SUBMITTED', ACCEPTED: 'VALID', DECLINED: 'CANCELLED', REVOKED: 'CANCELLED', EXPIRED: 'EXPIRED' };

// Every action changes both lists and tells someone (the unread count).
const refetchQueries = [MyAuthorisationsDocument, UnreadCountDocument];

/** The services' names by code, in the language on screen. */
function useServiceNames(): { names: (code: ServiceCode) => string; delegable: { value: string; label: string }[] } {
  const { lang } = useI18n();
  const nodes = useDelegableServicesQuery().data?.services.nodes ?? [];
  const byCode = new Map(nodes.map((s) => [s.code, inLang(lang, s.nameAr, s.nameEn)]));
  return {
    names: (code) => byCode.get(code) ?? code,
    delegable: nodes.filter((s) => s.delegable).map((s) => ({ value: s.code, label: inLang(lang, s.nameAr, s.nameEn) })),
  };
}

/** Give an authorisation: whom (their ID), which services, from and until when. The server judges every field. */
function GiveForm() {
  const { t, lang } = useI18n();
  const { delegable } = useServiceNames();
  const today = riyadhDay(new Date().toISOString());
  const [delegateNationalId, setDelegate] = useState('');
  const [services, setServices] = useState<string[]>([]);
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState('');
  const [errors, setErrors] = useState<FieldErrorLike[]>([]);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [given, setGiven] = useState<Authorisation | null>(null);
  const [grant, { loading }] = useGrantAuthorisationMutation({ refetchQueries });
  const { form, refused } = useFocusOnRefusal();
  const fields = ['delegateNationalId', 'services', 'startsOn', 'endsOn'];
  const { byField, summary } = splitErrors(errors, fields, lang);
  async function send(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setGiven(null);
    // A day not chosen cannot be sent at all (the API takes dates only): said here, in the page's language.
    const missing = (['startsOn', 'endsOn'] as const).filter((field) => !/^\d{4}-\d{2}-\d{2}$/.test(latinDigits(field === 'startsOn' ? startsOn : endsOn)));
    if (missing.length) {
      setErrors(missing.map((field) => ({ field, key: 'authorisations.chooseDate', message: '' })));
      return refused();
    }
    try {
      const input = { delegateNationalId: latinDigits(delegateNationalId).trim(), services: services as ServiceCode[], startsOn: latinDigits(startsOn), endsOn: latinDigits(endsOn) };
      const { data } = await grant({ variables: { input } });
      const payload = data?.grantAuthorisation;
      setErrors(payload?.errors ?? []);
      if (payload?.authorisation) {
        setGiven(payload.authorisation);
        setDelegate('');
        setServices([]);
        setEndsOn('');
        return;
      }
    } catch {
      setFailure('app.error.network');
    }
    refused();
  }
  return (
    <Form ref={form} className="card form" onSubmit={(e) => void send(e)} noValidate aria-labelledby="give-title">
      <h2 id="give-title">{t('authorisations.give')}</h2>
      <p className="hint">{t('authorisations.giveHint')}</p>
      <ErrorSummary items={summary} failure={failure && t(failure)} />
      {given && (
        <p className="alert alert-info" role="status" data-given={given.id}>
          {t('authorisations.given', { name: given.delegateName })}
        </p>
      )}
      <Field
        name="delegateNationalId"
        label={t('authorisations.delegate')}
        hint={t('authorisations.delegateHint')}
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        value={delegateNationalId}
        onValue={setDelegate}
        errors={byField.delegateNationalId}
        required
      />
      <CheckboxGroup name="services" legend={t('authorisations.services')} options={delegable} value={services} onValue={setServices} errors={byField.services} />
      <Field name="startsOn" label={t('authorisations.startsOn')} type="date" dir="ltr" value={startsOn} onValue={setStartsOn} errors={byField.startsOn} required />
      <Field name="endsOn" label={t('authorisations.endsOn')} hint={t('authorisations.endsOnHint')} type="date" dir="ltr" value={endsOn} onValue={setEndsOn} errors={byField.endsOn} required />
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? t('form.sending') : t('authorisations.giveSubmit')}
      </button>
    </Form>
  );
}

/** Accept (the delegate, pending), decline (the delegate, pending: asked twice) or revoke (the grantor, pending or in force: asked twice). */
function Actions({ a }: { a: Authorisation }) {
  const { t, lang } = useI18n();
  const [accept, accepting] = useAcceptAuthorisationMutation({ refetchQueries });
  const [decline, declining] = useDeclineAuthorisationMutation({ refetchQueries });
  const [revoke, revoking] = useRevokeAuthorisationMutation({ refetchQueries });
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const input = { authorisationId: a.id };
  const open = a.status === 'PENDING' || a.status === 'ACCEPTED';
  if (!open) return null;
  async function acceptIt() {
    setFailure(null);
    try {
      setErrors((await accept({ variables: { input } })).data?.acceptAuthorisation.errors ?? []);
    } catch {
      setFailure('app.error.network');
    }
  }
  // The refusals show inside the question; a lost connection shows above it.
  const ask = async (run: () => Promise<{ errors: UserErrorLike[] } | undefined>): Promise<UserErrorLike[]> => {
    setFailure(null);
    try {
      return (await run())?.errors ?? [];
    } catch {
      setFailure('app.error.network');
      return [];
    }
  };
  if (a.yourRole === 'DELEGATE') {
    if (a.status !== 'PENDING') return null;
    return (
      <>
        <ErrorSummary items={splitErrors(errors, [], lang).summary} failure={failure && t(failure)} />
        <div className="actions">
          <button type="button" className="button-primary" disabled={accepting.loading} onClick={() => void acceptIt()}>
            {accepting.loading ? t('form.sending') : t('authorisations.accept')}
            <span className="visually-hidden"> {a.grantorName}</span>
          </button>
          <TwoStepAction
            label={t('authorisations.decline')}
            question={t('authorisations.declineQuestion', { name: a.grantorName })}
            yes={t('authorisations.declineYes')}
            no={t('authorisations.keep')}
            busy={declining.loading}
            run={() => ask(async () => (await decline({ variables: { input } })).data?.declineAuthorisation)}
          />
        </div>
      </>
    );
  }
  return (
    <>
      <ErrorSummary items={[]} failure={failure && t(failure)} />
      <TwoStepAction
        label={t('authorisations.revoke')}
        question={t('authorisations.revokeQuestion', { name: a.delegateName })}
        yes={t('authorisations.revokeYes')}
        no={t('authorisations.keep')}
        busy={revoking.loading}
        run={() => ask(async () => (await revoke({ variables: { input } })).data?.revokeAuthorisation)}
      />
    </>
  );
}

function AuthorisationItem({ a }: { a: Authorisation }) {
  const { t, lang } = useI18n();
  const { names } = useServiceNames();
  const other = a.yourRole === 'GRANTOR' ? a.delegateName : a.grantorName;
  const otherId = a.yourRole === 'GRANTOR' ? a.delegateId : a.grantorId;
  const what = a.kind === 'VEHICLE_DRIVER' ? t('authorisations.drive', { plate: a.plate ?? '' }) : a.services.map(names).join(t('authorisations.listSeparator'));
  return (
    <li className="list-item" data-authorisation={a.id} data-status={a.status}>
      <h4>
        {other} <bdi dir="ltr">({otherId})</bdi> <span className={`status status-${statusClass[a.status]}`}>{t(statusKeys[a.status])}</span>
      </h4>
      <p>{what}</p>
      <p className="hint">{t('authorisations.period', { from: formatDate(a.startsOn, lang), to: formatDate(a.endsOn, lang) })}</p>
      <Actions a={a} />
    </li>
  );
}

/** `/authorisations`: give one, and the ones received (accept or decline) and given (revoke). */
export default function AuthorisationsPage() {
  const { t } = useI18n();
  const query = useMyAuthorisationsQuery({ fetchPolicy: 'cache-and-network' });
  const all = query.data?.myAuthorisations.nodes ?? [];
  const received = all.filter((a) => a.yourRole === 'DELEGATE');
  const given = all.filter((a) => a.yourRole === 'GRANTOR');
  return (
    <div className="narrow">
      <PageHeading>{t('authorisations.title')}</PageHeading>
      <p>{t('authorisations.intro')}</p>
      <section className="card" aria-labelledby="received-title">
        <h2 id="received-title">{t('authorisations.received')}</h2>
        {query.loading && !query.data ? (
          <p role="status" className="loading">
            {t('app.loading')}
          </p>
        ) : received.length ? (
          <ul className="list">
            {received.map((a) => (
              <AuthorisationItem key={a.id} a={a} />
            ))}
          </ul>
        ) : (
          <p>{t('authorisations.noneReceived')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="given-title">
        <h2 id="given-title">{t('authorisations.givenList')}</h2>
        {given.length ? (
          <ul className="list">
            {given.map((a) => (
              <AuthorisationItem key={a.id} a={a} />
            ))}
          </ul>
        ) : (
          <p>{t('authorisations.noneGiven')}</p>
        )}
      </section>
      <GiveForm />
    </div>
  );
}
