import { useCallback, useEffect, useRef, useState } from 'react';
import {
  MyCardDeliveriesDocument,
  useAdvanceCardDeliveryMutation,
  useMyCardDeliveriesQuery,
  useOrderCardDeliveryMutation,
  useWalletCardCodeLazyQuery,
  useWalletCardsQuery,
  useWalletOfflineCopiesLazyQuery,
  type CardDeliveryViewFragment,
  type DeliveryStatus,
  type WalletCardType,
  type WalletCardViewFragment,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { formatDate, formatDateTime, formatSar, formatTime } from '../i18n/format';
import { inLang, useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useAccount } from '../session/session';
import { useNow } from '../ui/clock';
import { PageHeading } from '../ui/page-heading';
import { DocumentStatusBadge } from '../eservices/documents';
import { useOffline } from '../eservices/offline-copy';
import { walletCopies, type StoredWalletCopies } from './wallet-store';

/** The published fee for postal delivery of a card (the server bills it; shown before ordering). */
const DELIVERY_FEE_HALALAS = 1725;
/** Kept copies older than this are replaced while online (they live a day). */
const REFRESH_AFTER_MS = 60 * 60 * 1000;

export const cardTypeKeys: Record<WalletCardType, MessageKey> = {
  NATIONAL_ID: 'documents.type.NATIONAL_ID',
  IQAMA: 'documents.type.IQAMA',
  PASSPORT: 'documents.type.PASSPORT',
  DRIVING_LICENCE: 'documents.type.DRIVING_LICENCE',
  EXIT_REENTRY_VISA: 'documents.type.EXIT_REENTRY_VISA',
  FINAL_EXIT_VISA: 'documents.type.FINAL_EXIT_VISA',
  VEHICLE_REGISTRATION: 'wallet.type.VEHICLE_REGISTRATION',
};

const deliveryStatusKeys: Record<DeliveryStatus, MessageKey> = {
  AWAITING_PAYMENT: 'wallet.delivery.status.AWAITING_PAYMENT',
  ORDERED: 'wallet.delivery.status.ORDERED',
  PRINTED: 'wallet.delivery.status.PRINTED',
  OUT_FOR_DELIVERY: 'wallet.delivery.status.OUT_FOR_DELIVERY',
  DELIVERED: 'wallet.delivery.status.DELIVERED',
  CANCELLED: 'wallet.delivery.status.CANCELLED',
};

/** The card's particulars: what it is, whose, its number and its dates in both calendars. */
function CardFacts({ card }: { card: WalletCardViewFragment }) {
  const { t, lang } = useI18n();
  return (
    <dl className="facts">
      <div>
        <dt>{t('documents.holder')}</dt>
        <dd>
          {inLang(lang, card.holderNameAr, card.holderNameEn)} (<bdi dir="ltr">{card.holderMaskedNationalId}</bdi>)
        </dd>
      </div>
      <div>
        <dt>{t('documents.number')}</dt>
        <dd>
          <bdi dir="ltr">{card.number ?? '—'}</bdi>
          {card.plate ? (
            <>
              {' '}
              ({t('wallet.plate')} <bdi dir="ltr">{card.plate}</bdi>)
            </>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('wallet.issuedOn')}</dt>
        <dd>{card.issuedOn ? formatDate(card.issuedOn, lang) : '—'}</dd>
      </div>
      <div>
        <dt>{t('documents.expiresOn')}</dt>
        <dd>{formatDate(card.expiresOn, lang)}</dd>
      </div>
    </dl>
  );
}

/** The card's live QR code, asked for on demand (it lives minutes: a new one at a press). */
function LiveCode({ card }: { card: WalletCardViewFragment }) {
  const { t, lang } = useI18n();
  const [fetchCode, { data, loading, error }] = useWalletCardCodeLazyQuery({ fetchPolicy: 'network-only' });
  const now = useNow();
  const code = data?.walletCardCode.code;
  const name = inLang(lang, card.holderNameAr, card.holderNameEn);
  const fresh = code && Date.parse(code.expiresAt) > now;
  return (
    <div className="wallet-code">
      {fresh ? (
        <>
          <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.qrSvg)}`} alt={t('wallet.qrAlt', { card: t(cardTypeKeys[card.type]), name })} />
          <p className="hint">{t('wallet.codeUntil', { time: formatTime(code.expiresAt, lang) })}</p>
        </>
      ) : null}
      <button type="button" className="button-secondary" disabled={loading} onClick={() => void fetchCode({ variables: { cardId: card.cardId } })}>
        {fresh ? t('wallet.newCode') : t('wallet.showCode')}
      </button>
      {error ? <p role="alert">{t('app.error.network')}</p> : null}
      {data?.walletCardCode.errors.map((e) => (
        <p role="alert" key={e.code}>
          {e.message}
        </p>
      ))}
    </div>
  );
}

/** Ordering the card's postal delivery, or collecting it at an office (an appointment). */
function Delivery({ card }: { card: WalletCardViewFragment }) {
  const { t, lang } = useI18n();
  const [order, ordering] = useOrderCardDeliveryMutation({ refetchQueries: [MyCardDeliveriesDocument] });
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  if (card.status !== 'VALID' && card.status !== 'EXPIRING') return null;
  return (
    <div className="wallet-delivery">
      <button
        type="button"
        disabled={ordering.loading}
        onClick={async () => {
          setMessage(null);
          try {
            const result = (await order({ variables: { input: { cardId: card.cardId } } })).data?.orderCardDelivery;
            setErrors(result?.errors.map((e) => e.message) ?? []);
            if (result?.delivery) setMessage(t('wallet.delivery.ordered', { bill: result.delivery.billNumber ?? '', tracking: result.delivery.trackingNumber }));
          } catch {
            setErrors([t('app.error.network')]);
          }
        }}
      >
        {t('wallet.delivery.order', { fee: formatSar(DELIVERY_FEE_HALALAS, lang) })}
      </button>{' '}
      <Link href="/appointments">{t('wallet.delivery.collect')}</Link>
      <div role="status">{message}</div>
      {errors.map((e) => (
        <p role="alert" key={e}>
          {e}
        </p>
      ))}
    </div>
  );
}

function WalletCardItem({ card }: { card: WalletCardViewFragment }) {
  const { t } = useI18n();
  return (
    <article className="card wallet-card" data-card-type={card.type} aria-label={`${t(cardTypeKeys[card.type])} ${card.number ?? card.plate ?? ''}`}>
      <h3>
        {t(cardTypeKeys[card.type])} <DocumentStatusBadge status={card.status} />
      </h3>
      <CardFacts card={card} />
      <LiveCode card={card} />
      <Delivery card={card} />
    </article>
  );
}

/** A delivery and how far it has come, with the development button where the server allows it. */
function DeliveryItem({ delivery }: { delivery: CardDeliveryViewFragment }) {
  const { t, lang } = useI18n();
  const [advance, advancing] = useAdvanceCardDeliveryMutation();
  const [errors, setErrors] = useState<string[]>([]);
  const steps: [MessageKey, string | null | undefined][] = [
    ['wallet.delivery.status.ORDERED', delivery.orderedAt],
    ['wallet.delivery.status.PRINTED', delivery.printedAt],
    ['wallet.delivery.status.OUT_FOR_DELIVERY', delivery.outForDeliveryAt],
    ['wallet.delivery.status.DELIVERED', delivery.deliveredAt],
  ];
  return (
    <li className="card" data-tracking={delivery.trackingNumber} data-delivery-status={delivery.status}>
      <h3 className="h3">
        {t(cardTypeKeys[delivery.cardType])} <bdi dir="ltr">{delivery.cardNumber ?? delivery.plate}</bdi> —{' '}
        <span className={`status status-${delivery.status}`}>{t(deliveryStatusKeys[delivery.status])}</span>
      </h3>
      <p>
        {t('wallet.delivery.tracking')} <bdi dir="ltr">{delivery.trackingNumber}</bdi> · {delivery.address}
      </p>
      {delivery.status === 'AWAITING_PAYMENT' ? (
        <p>
          {t('wallet.delivery.payFirst', { bill: delivery.billNumber ?? '', until: formatDateTime(delivery.payBy, lang) })} <Link href="/bills">{t('nav.bills')}</Link>
        </p>
      ) : (
        <ol className="delivery-steps">
          {steps.map(([key, at]) => (
            <li key={key} data-done={at ? 'yes' : 'no'}>
              {t(key)}: {at ? formatDateTime(at, lang) : '—'}
            </li>
          ))}
        </ol>
      )}
      {delivery.advanceableInDevelopment ? (
        <button
          type="button"
          className="button-secondary"
          disabled={advancing.loading}
          onClick={async () => {
            try {
              const result = (await advance({ variables: { input: { deliveryId: delivery.id } } })).data?.advanceCardDeliveryInDevelopment;
              setErrors(result?.errors.map((e) => e.message) ?? []);
            } catch {
              setErrors([t('app.error.network')]);
            }
          }}
        >
          {t('wallet.delivery.advance')}
        </button>
      ) : null}
      {errors.map((e) => (
        <p role="alert" key={e}>
          {e}
        </p>
      ))}
    </li>
  );
}

/**
 * Keeps the wallet's offline copies on this device fresh while online: when the page opens, when
 * none are kept, when the kept ones are an hour old or another account's. Answers what is kept.
 */
function useWalletCopies(accountId: string, offline: boolean): StoredWalletCopies | null | undefined {
  const [fetchCopies] = useWalletOfflineCopiesLazyQuery({ fetchPolicy: 'network-only' });
  const [stored, setStored] = useState<StoredWalletCopies | null | undefined>(undefined);
  const busy = useRef(false);
  const refresh = useCallback(async () => {
    const kept = await walletCopies.read();
    setStored(kept);
    if (busy.current || !navigator.onLine) return;
    const age = kept ? Date.now() - kept.receivedAt : Infinity;
    if (kept && kept.accountId === accountId && age >= 0 && age < REFRESH_AFTER_MS) return;
    busy.current = true;
    try {
      const wipes = walletCopies.wipeCount();
      const askedAt = Date.now();
      const { data } = await fetchCopies();
      if (data) await walletCopies.save({ copies: data.walletOfflineCopies, accountId, receivedAt: askedAt }, wipes);
    } catch {
      // Offline or storage unavailable: keep what is kept.
    } finally {
      busy.current = false;
    }
  }, [accountId, fetchCopies]);
  useEffect(() => {
    void refresh();
    return walletCopies.onChange(() => void walletCopies.read().then(setStored));
  }, [refresh, offline]);
  return stored;
}

/** The kept copies, each marked "offline copy, issued at …", shown when there is no network. */
function OfflineCopies({ stored }: { stored: StoredWalletCopies }) {
  const { t, lang } = useI18n();
  const now = useNow();
  const usable = stored.copies.filter((c) => stored.receivedAt + (Date.parse(c.expiresAt) - Date.parse(c.issuedAt)) > now);
  if (!usable.length) return <p>{t('wallet.offline.none')}</p>;
  return (
    <div className="wallet-grid">
      {usable.map((copy) => (
        <article key={copy.card.cardId} className="card wallet-card id-card-offline" data-state="offline-copy" data-card-type={copy.card.type}>
          <h3>
            {t(cardTypeKeys[copy.card.type])} <DocumentStatusBadge status={copy.card.status} />
          </h3>
          <CardFacts card={copy.card} />
          <p className="id-card-offline-mark">{t('wallet.offline.mark', { time: formatDateTime(copy.issuedAt, lang) })}</p>
          <img
            className="qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(copy.qrSvg)}`}
            alt={t('wallet.qrAlt', { card: t(cardTypeKeys[copy.card.type]), name: inLang(lang, copy.card.holderNameAr, copy.card.holderNameEn) })}
          />
        </article>
      ))}
    </div>
  );
}

/**
 * The document wallet: every card of the signed-in person and of the people they act for, each
 * with its live QR code on demand, postal delivery or collection at an office; their deliveries;
 * and, without a network, the offline copies kept on this device.
 */
export default function WalletPage() {
  const { t } = useI18n();
  const offline = useOffline();
  const cards = useWalletCardsQuery({ fetchPolicy: 'cache-and-network' });
  const deliveries = useMyCardDeliveriesQuery({ fetchPolicy: 'cache-and-network' });
  const stored = useWalletCopies(useAccount().id, offline);
  const list = cards.data?.walletCards;
  const showOffline = (offline || (cards.error && !list)) && stored;
  return (
    <>
      <PageHeading>{t('wallet.title')}</PageHeading>
      <p className="hint">{t('wallet.hint')}</p>
      {showOffline ? (
        <section aria-labelledby="wallet-offline-title">
          <h2 id="wallet-offline-title">{t('wallet.offline.title')}</h2>
          <OfflineCopies stored={stored} />
        </section>
      ) : list ? (
        <section aria-labelledby="wallet-cards-title">
          <h2 id="wallet-cards-title">{t('wallet.cards')}</h2>
          {list.length ? (
            <div className="wallet-grid">
              {list.map((card) => (
                <WalletCardItem key={card.cardId} card={card} />
              ))}
            </div>
          ) : (
            <p>{t('documents.none')}</p>
          )}
        </section>
      ) : (
        <p role="status">{cards.error ? t('app.error.network') : t('app.loading')}</p>
      )}
      {!showOffline && deliveries.data?.myCardDeliveries.length ? (
        <section aria-labelledby="wallet-deliveries-title">
          <h2 id="wallet-deliveries-title">{t('wallet.delivery.title')}</h2>
          <ul className="plain-list">
            {deliveries.data.myCardDeliveries.map((d) => (
              <DeliveryItem key={d.id} delivery={d} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
