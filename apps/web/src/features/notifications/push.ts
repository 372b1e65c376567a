import { type PushSubscriptionBody, pushKeySchema, pushSubscriptionBodySchema } from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../lib/api.ts';

/**
 * Push on this device (B5): whether this browser can receive push messages, and whether it does. This is about
 * the browser, not the account: the account's push switches say which notifications go to its devices.
 */
export type PushDeviceState = 'unsupported' | 'denied' | 'on' | 'off';

/** Why switching push on did not work, for a translated text (`notifications.push.errors.<code>`). */
export class PushError extends Error {
  readonly code: 'denied' | 'dismissed' | 'failed';
  constructor(code: PushError['code']) {
    super(`push ${code}`);
    this.name = 'PushError';
    this.code = code;
  }
}

/** Kept apart from the notification keys: a new notification does not change this browser's subscription. */
const PUSH_DEVICE_KEY = ['push', 'device'] as const;

/** The browser has what Web Push needs (iOS only in an app added to the home screen). */
export function pushSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** The VAPID key as the push service wants it: the bytes of the base64url text. */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(value.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The app's service worker; there is none in development, or before it was registered. */
async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return navigator.serviceWorker.getRegistration();
}

async function readState(): Promise<PushDeviceState> {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const worker = await registration();
  if (!worker) return 'unsupported';
  return (await worker.pushManager.getSubscription()) ? 'on' : 'off';
}

/** What the server stores of a subscription (its address and keys), as the contract checks it. */
function bodyOf(subscription: PushSubscription): PushSubscriptionBody {
  const parsed = pushSubscriptionBodySchema.safeParse(subscription.toJSON());
  if (!parsed.success) throw new PushError('failed');
  return parsed.data;
}

/** Asks permission, subscribes with the server's key and registers the subscription with the account. */
async function subscribe(): Promise<void> {
  const permission = await Notification.requestPermission();
  if (permission === 'denied') throw new PushError('denied');
  if (permission !== 'granted') throw new PushError('dismissed');
  const { publicKey } = await api.get('/push/key', pushKeySchema);
  if (!(await registration())) throw new PushError('failed');
  const worker = await navigator.serviceWorker.ready;
  let subscription: PushSubscription;
  try {
    subscription = await worker.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: base64UrlToBytes(publicKey),
    });
  } catch {
    // The browser's push service refused or could not be reached: nothing the person can fix here.
    throw new PushError('failed');
  }
  try {
    await api.post('/push/subscriptions', bodyOf(subscription), null);
  } catch (error) {
    // A subscription the server does not know would look switched on while nothing arrives.
    await subscription.unsubscribe();
    throw error;
  }
}

/** Stops push on this browser first (nothing shows any more), then tells the server to forget it. */
async function unsubscribe(): Promise<void> {
  const subscription = await (await registration())?.pushManager.getSubscription();
  if (!subscription) return;
  const { endpoint } = subscription;
  await subscription.unsubscribe();
  await apiRequest('DELETE', '/push/subscriptions', { endpoint }, null);
}

/** This browser's push state, and switching it on or off. */
export function usePushDevice() {
  const queryClient = useQueryClient();
  const state = useQuery({
    queryKey: PUSH_DEVICE_KEY,
    queryFn: readState,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const settle = () => queryClient.invalidateQueries({ queryKey: PUSH_DEVICE_KEY });
  const enable = useMutation({ mutationFn: subscribe, onSettled: settle });
  const disable = useMutation({ mutationFn: unsubscribe, onSettled: settle });
  return { state, enable, disable };
}
