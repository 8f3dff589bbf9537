import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Bus } from './bus';
import type { Clock } from './clock';
import type { Authenticator } from './context';
import type { KeyedHasher } from './crypto';
import type { GlobalIds } from './global-id';
import type { SigningKeys } from './keys';
import type { NodeLoader } from './node';
import type { Random } from './random';
import type { Effects, Work } from './unit-of-work';

/** The kernel's part of the registry: built by `createApp` before any module. */
declare module './module' {
  interface Registry {
    config: Config;
    clock: Clock;
    random: Random;
    log: Logger;
    orm: MikroORM;
    /** Starts units of work (one per request or job run). */
    work: Work;
    /** What committed transactions left to do (SMS, bus messages): drained on a graceful stop. */
    effects: Effects;
    /** What instances must tell each other (Redis when configured). */
    bus: Bus;
    /** The signing keys (first signs, all verify), published as the JWKS. */
    keys: SigningKeys;
    /** HMAC with the app secrets (codes, captchas). */
    hasher: KeyedHasher;
    /** The app secrets themselves, for the parts that seal (SSO transactions). */
    appSecrets: string[];
    /** Opaque global IDs of the objects clients cache (`Node.id`). */
    ids: GlobalIds;
    /**
     * How to fetch each node type again by key, for the caller only (`Query.node`): filled from the
     * manifests' `nodes` as the modules are composed.
     */
    nodeLoaders: Map<string, NodeLoader>;
    /** Provided by the identity module: who a bearer token stands for. */
    authenticator: Authenticator;
  }
}
