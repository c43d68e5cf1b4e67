// The Sirena client SDK's public entry: the client, its events and options, and the wire types it speaks.
export { SirenaClient, SirenaClientError } from './sirena-client.js';
export type { ConnectionState, SirenaClientEvents, SirenaClientOptions } from './sirena-client.js';
export type { Alert } from '../core/alert.js';
export type { AreaState, AreaStateEvent } from '../core/area-state.js';
export type { Severity } from '../core/severity.js';
export type { SubscribeAck, SubscribeAckOk, SubscribeRequest } from '../core/subscription.js';
export { deviceIdOf, subscribeToPush, unsubscribeFromPush } from './push-subscription.js';
export type { PushRegistration, PushSubscribeOptions } from './push-subscription.js';
export type { PushPayload } from '../core/push.js';
