import type { DigitalIdService } from './digital-id.service';

export { digitalId } from './digital-id.module';
export type { DigitalIdService } from './digital-id.service';

declare module '../../shared/module' {
  interface Registry {
    digitalIds: DigitalIdService;
  }
}
