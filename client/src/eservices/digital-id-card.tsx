import { useCallback, useEffect, useRef, useState } from 'react';
import { useDigitalIdLazyQuery, type DigitalIdQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatCountdown } from '../i18n/format';
import { useNow } from '../ui/clock';
import { IdCardHolder } from './id-card-holder';
import { useAccount } from '../session/session';
import { OfflineCopyCard, usable, useOfflineCopyKeeper, useStoredOfflineCopy } from './offline-copy';

type DigitalId = DigitalIdQuery['digitalId'];

interface ShownId {
  id: DigitalId;
  /** When it expires by this device's clock: when it was asked for plus its lifetime (the phone's clock may differ from the server's). */
  expiresAt: number;
  /** When to ask for the next one. */
  renewAt: number;
  lifetime: number;
}

/** While renewals fail (offline), how often to try again; coming back online tries at once. */
const RETRY_MS = 3000;

/** How long before expiry to renew: a fifth of the lifetime (a minute of the default five), so a slow network still has time. */
function renewalLead(lifetimeMs: number): number {
  return Math.min(60_000, lifetimeMs / 5);
}

/**
 * The digital ID as a card to show: the holder's photo and particulars, and a QR code that renews
 * itself before it expires, with a live countdown. When renewal fails (offline) it keeps the code
 * until its expiry, then shows the offline copy kept on this device (marked as such, valid a day),
 * or, without one, the code as expired — never a code that no longer verifies.
 */
export function DigitalIdCard() {
  const { t, lang } = useI18n();
  const [fetchId] = useDigitalIdLazyQuery({ fetchPolicy: 'network-only' });
  const [shown, setShown] = useState<ShownId | null>(null);
  const [failing, setFailing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const inFlight = useRef(false);
  const now = useNow();
  const keepOfflineCopy = useOfflineCopyKeeper(useAccount().id);
  // Read again when renewal starts or stops failing: what is kept may have changed meanwhile.
  const { stored, refusal } = useStoredOfflineCopy(failing);

  const renew = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const askedAt = Date.now();
    try {
      const { data } = await fetchId();
      const id = data?.digitalId;
      if (!id) throw new Error('no digital ID');
      const lifetime = Date.parse(id.expiresAt) - Date.parse(id.issuedAt);
      setShown({ id, expiresAt: askedAt + lifetime, renewAt: askedAt + lifetime - renewalLead(lifetime), lifetime });
      setFailing(false);
      // The network and the session work right now: the moment to renew the offline copy, if due.
      keepOfflineCopy();
    } catch {
      setFailing(true);
    } finally {
      inFlight.current = false;
      setAttempt((n) => n + 1);
    }
  }, [fetchId, keepOfflineCopy]);

  useEffect(() => {
    void renew();
  }, [renew]);

  // The next renewal: when due, or soon again after a failure; at once when the network comes back.
  useEffect(() => {
    const due = failing || !shown ? Date.now() + RETRY_MS : shown.renewAt;
    const timer = setTimeout(() => void renew(), Math.max(0, due - Date.now()));
    const online = () => void renew();
    // A hidden tab's timers are throttled (to once a minute in Chromium): catch up when it is shown again.
    const shownAgain = () => {
      if (document.visibilityState === 'visible' && Date.now() >= due) void renew();
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', shownAgain);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', shownAgain);
    };
  }, [shown, failing, attempt, renew]);

  // `now` ticks once a second, so it may be older than the code just received: never count above its lifetime.
  const left = shown ? Math.max(0, Math.min(Math.ceil((shown.expiresAt - now) / 1000), Math.round(shown.lifetime / 1000))) : 0;
  const expired = !!shown && left === 0;
  const id = shown?.id;
  const name = id ? (lang === 'ar' ? id.holder.fullNameAr : id.holder.fullNameEn) : '';
  // No live code (none came, or it ran out) and the network is failing: the offline copy, if one is kept.
  const offlineCopy = failing && (!id || expired) && usable(stored, now) ? stored : null;
  return (
    <section className="card" aria-labelledby="digital-id-title">
      <h2 id="digital-id-title">{t('digitalId.title')}</h2>
      {offlineCopy ? (
        <OfflineCopyCard stored={offlineCopy} />
      ) : id ? (
        <div className={expired ? 'id-card id-card-expired' : 'id-card'} data-state={expired ? 'expired' : failing ? 'failing' : 'valid'}>
          <IdCardHolder holder={id.holder} photo={id.photo} />
          <div className="id-card-code">
            {expired ? (
              <div className="id-card-expired-note" role="alert">
                <p>{t('digitalId.expired')}</p>
                <button type="button" className="button-secondary" onClick={() => void renew()}>
                  {t('digitalId.refresh')}
                </button>
              </div>
            ) : (
              <>
                <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(id.qrSvg)}`} alt={t('digitalId.qrAlt', { name })} />
                <p className="countdown" role="timer" data-seconds={left}>
                  {t('digitalId.validFor', { time: formatCountdown(left, lang) })}
                </p>
                <progress className="id-card-progress" max={Math.round(shown.lifetime / 1000)} value={left} aria-hidden="true" />
              </>
            )}
            <p className="hint" role="status">
              {failing && !expired ? t('digitalId.renewFailed') : ''}
            </p>
          </div>
          <p className="hint id-card-hint">{refusal ? t('digitalId.offline.none', { reason: refusal }) : t('digitalId.hint')}</p>
        </div>
      ) : (
        <p role="status">{failing ? t('digitalId.unavailable') : t('app.loading')}</p>
      )}
    </section>
  );
}
