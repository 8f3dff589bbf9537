import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { wipeOfflineCopy } from '../eservices/offline-copy-store';
import { wipeWalletCopies } from '../wallet/wallet-store';
import { useLogoutMutation, type SessionAccountFragment } from '../gql/graphql';
import { fromApiLanguage, useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { mayRestoreSession, refreshSession, setAccessToken, whenSessionLost } from './api';
import { keepPortalForOffline } from './offline-worker';

export type SessionState = { status: 'restoring' } | { status: 'anonymous'; expired?: boolean; loggedOut?: boolean } | { status: 'signedIn'; account: SessionAccountFragment };

interface SessionApi {
  state: SessionState;
  signIn(accessToken: string, account: SessionAccountFragment): void;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

/**
 * One restore per page load: refresh tokens are single use, so a second call (React's strict
 * mode runs effects twice) would present a rotated token and end the session.
 */
let restoring: ReturnType<typeof refreshSession> | null = null;

/** `mayRestore`: whether the browser may hold a session to restore (default: what the page says, mayRestoreSession); the server's drawing says no. */
export function SessionProvider({ children, mayRestore }: { children: ReactNode; mayRestore?: boolean }) {
  const [state, setState] = useState<SessionState>(() => (restoring || (mayRestore ?? mayRestoreSession()) ? { status: 'restoring' } : { status: 'anonymous' }));
  const client = useApolloClient();
  const { setLang } = useI18n();
  const [logoutMutation] = useLogoutMutation();

  const signIn = useCallback(
    (accessToken: string, account: SessionAccountFragment) => {
      setAccessToken(accessToken);
      // After log-in the portal speaks the account's language; the switch and settings change the
      // account's language too (useSwitchLanguage), so the server's messages and SMS follow.
      setLang(fromApiLanguage(account.preferredLanguage));
      setState({ status: 'signedIn', account });
    },
    [setLang],
  );
  const restore = useCallback((accessToken: string, account: SessionAccountFragment) => {
    setAccessToken(accessToken);
    setState({ status: 'signedIn', account });
  }, []);

  // Signed in: the portal is kept for offline use (the digital ID's offline copy).
  useEffect(() => {
    if (state.status === 'signedIn') keepPortalForOffline();
  }, [state.status]);

  useEffect(() => {
    if (!restoring && mayRestoreSession()) restoring = refreshSession();
    let live = true;
    void restoring?.then((result) => {
      if (!live) return;
      if (result?.session && result.account) restore(result.session.accessToken, result.account);
      else setState({ status: 'anonymous' });
    });
    whenSessionLost(() => {
      setAccessToken(null);
      void client.clearStore();
      setState({ status: 'anonymous', expired: true });
      navigate('/');
    });
    return () => {
      live = false;
    };
  }, [client, restore]);

  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } finally {
      setAccessToken(null);
      await client.clearStore();
      // The digital ID's and the wallet's offline copies leave with the person, whether or not the server heard the log-out.
      await wipeOfflineCopy();
      await wipeWalletCopies();
      // The home page confirms it ("You have logged out"), so nobody wonders on a shared computer.
      setState({ status: 'anonymous', loggedOut: true });
      navigate('/');
    }
  }, [client, logoutMutation]);

  const value = useMemo(() => ({ state, signIn, logout }), [state, signIn, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in account; only for pages behind the sign-in guard. */
export function useAccount(): SessionAccountFragment {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useAccount without a session');
  return state.account;
}
