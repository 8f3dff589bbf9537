import { defineModule } from '../../shared/module';
import { Sealer } from '../../shared/sealed';
import { WalletResolver } from './wallet.resolver';
import { WalletService } from './wallet.service';

/** The document wallet: every document a person holds or acts for as a card with a signed QR, its offline copy, and their verification (the digital ID's keys). */
export const wallet = defineModule({
  name: 'wallet',
  needs: ['keys', 'clock', 'config', 'appSecrets', 'ids', 'holdings'],
  provide: ({ keys, clock, config, appSecrets, ids, holdings }) => ({
    wallet: new WalletService(keys, clock, ids, holdings, config.publicUrl, new Sealer(appSecrets, 'wallet-card'), config.digitalIdTtlSeconds, config.digitalIdOfflineTtlSeconds),
  }),
  resolvers: [WalletResolver],
});
