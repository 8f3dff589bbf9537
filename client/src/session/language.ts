import { useCallback } from 'react';
import { useChangePreferredLanguageMutation } from '../gql/graphql';
import { toApiLanguage, useI18n, type Lang } from '../i18n/i18n';
import { useSession } from './session';

/**
 * The language switch (header and settings). Signed in, the choice is the account's: the server
 * answers in the account's language (messages, SMS, e-mail), so it is stored there first and the
 * screen follows, and the queries that are asked again come back in the new language.
 * Resolves to false when the account could not be changed (the screen switches anyway).
 */
export function useSwitchLanguage(): (next: Lang) => Promise<boolean> {
  const { setLang } = useI18n();
  const { state } = useSession();
  const [change] = useChangePreferredLanguageMutation();
  const signedIn = state.status === 'signedIn';
  return useCallback(
    async (next: Lang) => {
      let stored = true;
      if (signedIn) {
        try {
          const { data } = await change({ variables: { input: { language: toApiLanguage(next) } } });
          stored = !!data?.changePreferredLanguage.account;
        } catch {
          stored = false;
        }
      }
      setLang(next);
      return stored;
    },
    [signedIn, change, setLang],
  );
}
