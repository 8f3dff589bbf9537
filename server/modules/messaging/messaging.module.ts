import { defineModule } from '../../shared/module';
import { registerDevOutbox } from './dev-outbox';
import { Messenger } from './messenger';
import { OutboxMessage } from './outbox-message.entity';

/** SMS and e-mail: the gateways (outbox, signed webhook, SMTP), sent after the action commits. */
export const messaging = defineModule({
  name: 'messaging',
  entities: [OutboxMessage],
  needs: ['config', 'orm', 'clock', 'effects'],
  provide: (deps) => ({ messenger: new Messenger(deps) }),
  routes: (http, deps) => {
    if (deps.config.env !== 'production' && deps.config.sms.gateway === 'outbox') registerDevOutbox(http, deps);
  },
});
