import type { WalletService } from './wallet.service';

export { wallet } from './wallet.module';
export type { WalletService } from './wallet.service';

declare module '../../shared/module' {
  interface Registry {
    wallet: WalletService;
  }
}
