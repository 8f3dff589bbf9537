import type { WalletOfflineCopiesQuery } from '../gql/graphql';
import { keptValue } from '../eservices/kept-value';

/** An offline copy of a wallet card as the server issues it: token, QR code, and the card to show. */
export type WalletCopy = WalletOfflineCopiesQuery['walletOfflineCopies'][number];

/** What this device keeps: the offline copies of the wallet's cards in force, whose they are, and when they came (this device's clock). */
export interface StoredWalletCopies {
  copies: WalletCopy[];
  accountId: string;
  receivedAt: number;
}

/** Its own database: the digital ID's refusal wipes its copy, never the wallet's (and the reverse). */
export const walletCopies = keptValue<StoredWalletCopies>('absher-wallet', 'wallet', 'offline-copies', (value): value is StoredWalletCopies => {
  const v = value as StoredWalletCopies | undefined;
  return !!v && Array.isArray(v.copies) && typeof v.receivedAt === 'number' && typeof v.accountId === 'string';
});

/** Forgets the kept copies (log-out). Never throws. */
export const wipeWalletCopies = (): Promise<void> => walletCopies.wipe();
