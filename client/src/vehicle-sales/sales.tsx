import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  MyVehiclesDocument,
  MyVehicleSalesDocument,
  UnreadCountDocument,
  useAcceptVehicleSaleMutation,
  useCancelVehicleSaleMutation,
  useMyVehicleSalesQuery,
  useOfferVehicleSaleMutation,
  type VehicleSaleFieldsFragment,
  type VehicleSaleStatus,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { useI18n } from '../i18n/i18n';
import { formatDateTime, formatSar } from '../i18n/format';
import { presentServerText } from '../i18n/server-text';
import { Link, navigate, usePathParam } from '../router';
import { BillCard } from '../eservices/requests';
import { ErrorSummary, Field, Form, splitErrors, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';

type Sale = VehicleSaleFieldsFragment;

const statusKeys: Record<VehicleSaleStatus, MessageKey> = {
  OFFERED: 'sales.status.OFFERED',
  AWAITING_PAYMENT: 'sales.status.AWAITING_PAYMENT',
  COMPLETED: 'sales.status.COMPLETED',
  CANCELLED: 'sales.status.CANCELLED',
  REJECTED: 'sales.status.REJECTED',
};

// Every action on a sale changes the lists, the vehicles (after a payment) and the notifications.
const refetchQueries = [MyVehicleSalesDocument, MyVehiclesDocument, UnreadCountDocument];

/**
 * The price typed, in whole riyals (Arabic-Indic digits too, separators ignored), kept within a
 * GraphQL Int: whatever it is, the server answers on the field (too low, too high).
 */
const riyalsOf = (text: string) => Math.min(Number(text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/\D/g, '') || 0), 2_000_000_000);

const saleLink = (sale: Sale) => `/vehicles/sales/${encodeURIComponent(sale.reference)}`;

function SaleStatus({ status }: { status: VehicleSaleStatus }) {
  const { t } = useI18n();
  return <span className={`status status-${status === 'AWAITING_PAYMENT' ? 'UNPAID' : status === 'OFFERED' ? 'SUBMITTED' : status}`}>{t(statusKeys[status])}</span>;
}

/** Accept or decline (the buyer), or cancel (the seller), while the sale is open and unpaid. */
function SaleActions({ sale, onDone }: { sale: Sale; onDone?(sale: Sale): void }) {
  const { t, lang } = useI18n();
  const [accept, accepting] = useAcceptVehicleSaleMutation({ refetchQueries });
  const [cancel, cancelling] = useCancelVehicleSaleMutation({ refetchQueries });
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const busy = accepting.loading || cancelling.loading;
  const act = async (which: 'accept' | 'cancel') => {
    setFailure(null);
    try {
      const input = { saleId: sale.id };
      const { data } = which === 'accept' ? await accept({ variables: { input } }) : await cancel({ variables: { input } });
      const payload = data && ('acceptVehicleSale' in data ? data.acceptVehicleSale : data.cancelVehicleSale);
      setErrors(payload?.errors ?? []);
      if (payload?.sale) onDone?.(payload.sale);
    } catch {
      setFailure('app.error.network');
    }
  };
  if (sale.status !== 'OFFERED' && sale.status !== 'AWAITING_PAYMENT') return null;
  const buyerOffer = sale.yourRole === 'BUYER' && sale.status === 'OFFERED';
  return (
    <>
      <ErrorSummary items={splitErrors(errors, [], lang).summary} failure={failure && t(failure)} />
      <div className="actions">
        {buyerOffer && (
          <button type="button" className="button-primary" disabled={busy} onClick={() => void act('accept')}>
            {accepting.loading ? t('form.sending') : t('sales.accept')}
          </button>
        )}
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void act('cancel')}>
          {cancelling.loading ? t('form.sending') : t(sale.yourRole === 'BUYER' ? 'sales.decline' : 'sales.cancel')}
          <span className="visually-hidden"> {sale.reference}</span>
        </button>
      </div>
    </>
  );
}

/** The sales of the signed-in person, on the vehicles page: offers made to them first, then their own. */
export function VehicleSalesSection() {
  const { t } = useI18n();
  const sales = useMyVehicleSalesQuery({ fetchPolicy: 'cache-and-network' }).data?.myVehicleSales.nodes ?? [];
  const toYou = sales.filter((s) => s.yourRole === 'BUYER');
  const yours = sales.filter((s) => s.yourRole === 'SELLER');
  const list = (items: Sale[]) => (
    <ul className="list">
      {items.map((s) => (
        <li key={s.id} className="list-item" data-sale={s.reference}>
          <h4>
            <Link href={saleLink(s)}>
              <bdi dir="ltr">{s.plate}</bdi> — {s.make} {s.model} {s.year}
            </Link>{' '}
            <SaleStatus status={s.status} />
          </h4>
          <p>
            {t('sales.priceIs', { price: s.price.formatted })} · <bdi dir="ltr">{s.reference}</bdi>
          </p>
          <SaleActions sale={s} />
        </li>
      ))}
    </ul>
  );
  return (
    <section className="card" aria-labelledby="sales-title">
      <h2 id="sales-title">{t('sales.title')}</h2>
      <h3>{t('sales.toYou')}</h3>
      {toYou.length ? list(toYou) : <p>{t('sales.noneToYou')}</p>}
      <h3>{t('sales.yours')}</h3>
      {yours.length ? list(yours) : <p>{t('sales.noneYours')}</p>}
    </section>
  );
}

/** One sale: its terms, what is paid into escrow, the bill (the buyer's) and how it ended. */
function SaleDetails({ sale, headingLevel = 2 }: { sale: Sale; headingLevel?: 2 | 3 }) {
  const { t, lang } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card" aria-labelledby={`sale-${sale.reference}`} data-sale={sale.reference}>
      <Heading id={`sale-${sale.reference}`}>
        <bdi dir="ltr">{sale.plate}</bdi> — {sale.make} {sale.model} {sale.year} <SaleStatus status={sale.status} />
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t('sales.reference')}</dt>
          <dd dir="ltr">{sale.reference}</dd>
        </div>
        <div>
          <dt>{t('sales.yourRole')}</dt>
          <dd>{t(sale.yourRole === 'SELLER' ? 'sales.role.SELLER' : 'sales.role.BUYER')}</dd>
        </div>
        <div>
          <dt>{t('sales.buyer')}</dt>
          <dd dir="ltr">{sale.buyerId}</dd>
        </div>
        <div>
          <dt>{t('sales.offeredAt')}</dt>
          <dd>{formatDateTime(sale.offeredAt, lang)}</dd>
        </div>
        {sale.reason && (
          <div>
            <dt>{t('sales.reason')}</dt>
            <dd data-reason={sale.reasonCode}>{presentServerText(sale.reason, lang)}</dd>
          </div>
        )}
      </dl>
      <table>
        <caption>{t('sales.escrow')}</caption>
        <tbody>
          {sale.escrowItems.map((item) => (
            <tr key={item.code}>
              <td>{presentServerText(item.label, lang)}</td>
              <td>{formatSar(item.amount.halalas, lang)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('sales.total')}</th>
            <td>{formatSar(sale.total.halalas, lang)}</td>
          </tr>
        </tbody>
      </table>
      {sale.status === 'COMPLETED' && <p className="alert alert-info">{t(sale.yourRole === 'SELLER' ? 'sales.done.SELLER' : 'sales.done.BUYER', { plate: sale.plate })}</p>}
      {sale.payout && <p data-payout={sale.payout.status}>{t('sales.payout', { amount: formatSar(sale.payout.amount.halalas, lang) })}</p>}
      <SaleActions sale={sale} />
    </section>
  );
}

/** `/vehicles/sales/<reference>`: one sale, where a notification about it leads. */
export function VehicleSalePage() {
  const { t } = useI18n();
  const reference = usePathParam('/vehicles/sales/');
  const query = useMyVehicleSalesQuery({ fetchPolicy: 'cache-and-network' });
  const sale = query.data?.myVehicleSales.nodes.find((s) => s.reference === reference);
  return (
    <div className="narrow">
      <PageHeading>{t('sales.page')}</PageHeading>
      <p>
        <Link href="/vehicles">{t('sales.back')}</Link>
      </p>
      {query.loading && !query.data ? (
        <p role="status" className="loading">
          {t('app.loading')}
        </p>
      ) : sale ? (
        <>
          <SaleDetails sale={sale} />
          {sale.bill && <BillCard bill={sale.bill} onPaid={() => void query.refetch()} />}
        </>
      ) : (
        <p className="card">{t('sales.notFound')}</p>
      )}
    </div>
  );
}

/** `/vehicles/sell/<plate>`: the buyer's ID and the price, then "check your answers", then the offer as made. */
export default function SellVehiclePage() {
  const { t, lang } = useI18n();
  const plate = usePathParam('/vehicles/sell/');
  const [buyerNationalId, setBuyer] = useState('');
  const [price, setPrice] = useState('');
  const [step, setStep] = useState<'form' | 'review'>('form');
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [offer, { loading }] = useOfferVehicleSaleMutation({ refetchQueries });
  const { form, refused } = useFocusOnRefusal();
  const review = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step === 'review') review.current?.focus();
  }, [step]);
  const fields = ['buyerNationalId', 'price'];
  const { byField, summary } = splitErrors(errors, fields, lang);
  const next = (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setStep('review');
  };
  const confirm = async () => {
    setFailure(null);
    try {
      const { data } = await offer({ variables: { input: { plate, buyerNationalId: buyerNationalId.trim(), price: riyalsOf(price) } } });
      const made = data?.offerVehicleSale;
      if (made?.sale) {
        navigate(saleLink(made.sale));
        return;
      }
      setErrors(made?.errors ?? []);
    } catch {
      setFailure('app.error.network');
    }
    setStep('form');
    refused();
  };
  return (
    <div className="narrow">
      <PageHeading>{t('sales.sell')}</PageHeading>
      <p>
        <Link href="/vehicles">{t('sales.back')}</Link>
      </p>
      {step === 'form' ? (
        <Form ref={form} className="card form" onSubmit={next} noValidate aria-labelledby="sell-title">
          <h2 id="sell-title">
            {t('sales.vehicle')}: <bdi dir="ltr">{plate}</bdi>
          </h2>
          <ErrorSummary items={summary} failure={failure && t(failure)} />
          <Field
            name="buyerNationalId"
            label={t('sales.buyer')}
            hint={t('sales.buyerHint')}
            inputMode="numeric"
            autoComplete="off"
            dir="ltr"
            value={buyerNationalId}
            onValue={setBuyer}
            errors={byField.buyerNationalId}
            required
          />
          <Field name="price" label={t('sales.price')} hint={t('sales.priceHint')} inputMode="numeric" autoComplete="off" dir="ltr" value={price} onValue={setPrice} errors={byField.price} required />
          <div className="actions">
            <button type="submit" className="button-primary">
              {t('sales.continue')}
            </button>
          </div>
        </Form>
      ) : (
        <section className="card review" aria-labelledby="review-title">
          <h2 id="review-title" ref={review} tabIndex={-1}>
            {t('review.title')}
          </h2>
          <dl className="summary-list">
            {[
              ['plate', t('sales.vehicle'), plate],
              ['buyerNationalId', t('sales.buyer'), buyerNationalId],
              ['price', t('sales.price'), price],
            ].map(([field, label, value]) => (
              <div key={field} data-answer={field}>
                <dt>{label}</dt>
                <dd dir="ltr">{value}</dd>
                <dd>
                  {field !== 'plate' && (
                    <button type="button" className="button-link-plain" onClick={() => setStep('form')}>
                      {t('review.change')}
                      <span className="visually-hidden"> {label}</span>
                    </button>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <h3>{t('review.next')}</h3>
          <p>{t('sales.next')}</p>
          <div className="actions">
            <button type="button" className="button-primary" onClick={() => void confirm()} disabled={loading}>
              {loading ? t('form.sending') : t('sales.confirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setStep('form')}>
              {t('review.back')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
