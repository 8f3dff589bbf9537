import { defineModule } from '../../shared/module';
import { Sealer } from '../../shared/sealed';
import { DigitalIdResolver } from './digital-id.resolver';
import { DigitalIdService } from './digital-id.service';

/** The digital ID: a short-lived signed card with a QR code, and its day-long offline copy, verifiable by anyone (also offline, with the JWKS). */
export const digitalId = defineModule({
  name: 'digital-id',
  needs: ['keys', 'clock', 'config', 'appSecrets'],
  provide: ({ keys, clock, config, appSecrets }) => ({
    digitalIds: new DigitalIdService(keys, clock, config.publicUrl, new Sealer(appSecrets, 'digital-id'), config.digitalIdTtlSeconds, config.digitalIdOfflineTtlSeconds),
  }),
  resolvers: [DigitalIdResolver],
});
