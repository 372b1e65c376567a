import type { AppContext } from '../../context.ts';

/** The invitation job: activation mails six weeks before care starts (P1). */
export function defineInvitationJobs(_ctx: AppContext): void {}
