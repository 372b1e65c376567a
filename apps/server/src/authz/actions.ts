import type { Rule } from './rules.ts';

/** What an action acts on; the id of that thing is what its rules are checked against. */
export type TargetType =
  | 'organisation'
  | 'account'
  | 'location'
  | 'group'
  | 'child'
  | 'guardian'
  | 'staffMember'
  | 'careProduct'
  | 'import'
  | 'requestLine'
  | 'credit'
  | 'absenceLine'
  | 'media'
  | 'post'
  | 'diaryEntry'
  | 'consentItem'
  | 'messageThread'
  | 'contentItem';

export interface ActionDefinition {
  name: string;
  target: TargetType;
  /** Any rule allowing is enough (rules are alternatives). No rules: nobody may. */
  rules: Rule[];
}

/** Marks a route that needs no signed-in account (sign-in, reset, health, static files). */
export const PUBLIC = 'public';

const registry = new Map<string, ActionDefinition>();

/** Declares an action; modules declare theirs in `<module>.actions.ts`. */
export function defineAction(name: string, target: TargetType, rules: Rule[]): ActionDefinition {
  if (name === PUBLIC) throw new Error('"public" is reserved');
  const existing = registry.get(name);
  if (existing) throw new Error(`Action ${name} defined twice`);
  const action = { name, target, rules };
  registry.set(name, action);
  return action;
}

export function getAction(name: string): ActionDefinition | undefined {
  return registry.get(name);
}

export function allActions(): ActionDefinition[] {
  return [...registry.values()];
}

/**
 * Which action answers "can this principal see the target at all?" for each target type: when an action is
 * denied, a target that is visible answers 403, one that is not answers 404 (it does not exist for them).
 */
export const visibilityAction: Record<TargetType, string> = {
  organisation: 'organisation.read',
  account: 'account.read',
  location: 'location.read',
  group: 'group.read',
  child: 'child.read',
  guardian: 'guardian.read',
  staffMember: 'staffMember.read',
  careProduct: 'careProduct.read',
  import: 'import.read',
  requestLine: 'requestLine.read',
  credit: 'credit.read',
  absenceLine: 'absenceLine.read',
  media: 'media.read',
  post: 'post.read',
  diaryEntry: 'diaryEntry.read',
  consentItem: 'consentItem.read',
  messageThread: 'messageThread.read',
  contentItem: 'contentItem.read',
};
