import type { AnyModule } from '../shared/module';
import { accountRecovery } from './account-recovery';
import { appointments } from './appointments';
import { auditTrail } from './audit';
import { authorisations } from './authorisations';
import { cardDelivery } from './card-delivery';
import { catalogue } from './catalogue';
import { digitalId } from './digital-id';
import { disputes } from './disputes';
import { documentLife } from './document-life';
import { identity } from './identity';
import { messaging } from './messaging';
import { node } from './node';
import { notifications } from './notifications';
import { payments } from './payments';
import { registry } from './registry';
import { requests } from './requests';
import { security } from './security';
import { sso } from './sso';
import { vehicleSales } from './vehicle-sales';
import { wallet } from './wallet';

/**
 * The one list of the app's modules, in dependency order: each module may use what the modules
 * before it provide, never what comes after (the app refuses to start otherwise). The ORM's
 * entities, the schema's resolvers, the services, event reactions, jobs, routes and demo data are
 * all derived from it. Adding a feature: its folder, and one line here.
 */
export const modules: readonly AnyModule[] = [
  auditTrail,
  messaging,
  security,
  registry,
  identity,
  notifications,
  documentLife,
  catalogue,
  authorisations,
  requests,
  payments,
  disputes,
  vehicleSales,
  appointments,
  digitalId,
  wallet,
  cardDelivery,
  sso,
  accountRecovery,
  node,
];
