import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useDigitalIdOfflineCopyLazyQuery } from '../gql/graphql';
import { formatDateTime, formatLongCountdown } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { useNow } from '../ui/clock';
import { IdCardHolder } from './id-card-holder';
import { endOf, lifetimeOf, onOfflineCopyChange, readOfflineCopy, saveOfflineCopy, wipeCount, wipeOfflineCopy, type StoredOfflineCopy } from './offline-copy-store';

/** A kept copy older than this is replaced while online (it lives a day: a fresh one is never far). */
export const REFRESH_AFTER_MS = 60 * 60 * 1000;

/** Why the server last refused an offline copy (in the language it was asked in), for the card to say; null once one is issued. */
let lastRefusal: string | null = null;

/** The copy kept on this device, read again whenever it changes in this tab or `readAgain` changes; `undefined` while reading. */
export function useStoredOfflineCopy(readAgain?: unknown): { stored: StoredOfflineCopy | null | undefined; refusal: string | null } {
  const [stored, setStored] = useState<StoredOfflineCopy | null | undefined>(undefined);
  const [refusal, setRefusal] = useState<string | null>(lastRefusal);
  useEffect(() => {
    let live = true;
    const read = () =>
      void readOfflineCopy().then((value) => {
        if (!live) return;
        setStored(value);
        setRefusal(lastRefusal);
      });
    read();
    const stop = onOfflineCopyChange(read);
    return () => {
      live = false;
      stop();
    };
  }, [readAgain]);
  return { stored, refusal };
}

/**
 * Keeps the signed-in person's offline copy on this device fresh. The digital ID card calls the
 * function it returns after each live code it receives (so, while that page is open and online:
 * when it opens, every few minutes, when the network comes back), right after a request that
 * went through, never racing a session refresh. It asks for a copy when none is kept, when the
 * kept one is an hour old or another account's; a refusal (their ID or iqama is not in force)
 * wipes the kept copy.
 */
export function useOfflineCopyKeeper(accountId: string): () => void {
  const [fetchCopy] = useDigitalIdOfflineCopyLazyQuery({ fetchPolicy: 'network-only' });
  const busy = useRef(false);
  return useCallback(() => {
    if (busy.current || !navigator.onLine) return;
    busy.current = true;
    void (async () => {
      try {
        const kept = await readOfflineCopy();
        const age = kept ? Date.now() - kept.receivedAt : Infinity;
        if (kept && kept.accountId === accountId && age >= 0 && age < REFRESH_AFTER_MS) return;
        const wipes = wipeCount();
        // Its end by this device's clock counts from the asking, so it never outlives the token.
        const askedAt = Date.now();
        const { data } = await fetchCopy();
        const answer = data?.digitalIdOfflineCopy;
        if (!answer) return; // unreachable: keep what is kept
        if (answer.offlineCopy) {
          lastRefusal = null;
          await saveOfflineCopy({ copy: answer.offlineCopy, accountId, receivedAt: askedAt }, wipes);
        } else {
          lastRefusal = answer.errors[0]?.message ?? null;
          await wipeOfflineCopy();
        }
      } catch {
        // Offline or the storage is unavailable: try again after the next live code.
      } finally {
        busy.current = false;
      }
    })();
  }, [accountId, fetchCopy]);
}

/** Whether a kept copy still verifies, by this device's clock. */
export const usable = (stored: StoredOfflineCopy | null | undefined, now: number): stored is StoredOfflineCopy => !!stored && endOf(stored) > now && stored.receivedAt <= now + 60_000;

/**
 * The offline copy as a card: the holder, its QR code marked "Offline copy, issued at …", and a
 * countdown to its end (by this device's clock). Shown when there is no network; the caller
 * decides when (usable()).
 */
export function OfflineCopyCard({ stored, hint }: { stored: StoredOfflineCopy; hint?: string }) {
  const { t, lang } = useI18n();
  const now = useNow();
  const { copy } = stored;
  const name = lang === 'ar' ? copy.holder.fullNameAr : copy.holder.fullNameEn;
  const lifetime = Math.round(lifetimeOf(copy) / 1000);
  const left = Math.max(0, Math.min(Math.ceil((endOf(stored) - now) / 1000), lifetime));
  return (
    <div className="id-card id-card-offline" data-state="offline-copy">
      <IdCardHolder holder={copy.holder} photo={copy.photo} />
      <div className="id-card-code">
        <p className="id-card-offline-mark">{t('digitalId.offline.mark', { time: formatDateTime(copy.issuedAt, lang) })}</p>
        <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(copy.qrSvg)}`} alt={t('digitalId.offline.qrAlt', { name })} />
        <p className="countdown" role="timer" data-seconds={left}>
          {t('digitalId.offline.validFor', { time: formatLongCountdown(left, lang) })}
        </p>
        <progress className="id-card-progress" max={lifetime} value={left} aria-hidden="true" />
      </div>
      <p className="hint id-card-hint">{hint ?? t('digitalId.offline.hint')}</p>
    </div>
  );
}

const subscribeToNetwork = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/** Whether the browser says it has no network, kept up to date. A page drawn on the server was drawn online. */
export function useOffline(): boolean {
  return useSyncExternalStore(
    subscribeToNetwork,
    () => !navigator.onLine,
    () => false,
  );
}

/**
 * On the front page, when the device is offline (so the session cannot be restored): the offline
 * copy kept here, if any, so the holder can still show their ID.
 */
export function OfflineCopyWhenOffline() {
  const { t } = useI18n();
  const offline = useOffline();
  const { stored } = useStoredOfflineCopy(offline);
  const now = useNow();
  if (!offline || !usable(stored, now)) return null;
  return (
    <section className="card" aria-labelledby="offline-copy-title">
      <h2 id="offline-copy-title">{t('digitalId.offline.title')}</h2>
      <OfflineCopyCard stored={stored} />
    </section>
  );
}
