import { z } from 'zod';

// Filled by the back-office work; see the module of the same name on the server.
export const _invitationsPlaceholder = z.never().optional();
