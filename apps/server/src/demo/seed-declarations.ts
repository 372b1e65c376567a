import type { Principal } from '../authz/principal.ts';
import type { AppContext } from '../context.ts';
import { createDeclarationForm, signDeclaration } from '../modules/declarations/declarations.service.ts';
import { selectDemoAccount } from './seed-team.queries.ts';
import { parent, staff, type TimelineIds } from './seed-timeline.ts';

/**
 * Declarations on the demo organisation: the admin defines "Medicijngebruik" and "Zonnebrand" (as in Beheer →
 * Organisatie → Verklaringen); Sanne signed "Zonnebrand" for Ties. Noortje's are still to be filled in.
 */
export async function seedDeclarations(ctx: AppContext, ids: TimelineIds): Promise<void> {
  const admin: Principal = {
    ...staff(ids),
    accountId: await selectDemoAccount(ctx.db, ids.organisationId, 'beheer@demo.nestje.nl'),
    staffMemberId: null,
  };
  await createDeclarationForm(ctx, admin, {
    title: 'Medicijngebruik',
    description:
      'Gebruikt je kind medicijnen die wij op de opvang moeten geven? Vul dan per medicijn in wat, hoeveel en ' +
      'wanneer, en geef toestemming om het toe te dienen.',
    fields: [
      { id: 'medicine', type: 'text', label: 'Naam van het medicijn', required: true },
      { id: 'dose', type: 'text', label: 'Dosering', required: true },
      { id: 'times', type: 'longText', label: 'Tijdstippen', required: true },
      { id: 'until', type: 'date', label: 'Te geven tot en met', required: false },
      { id: 'consent', type: 'yesNo', label: 'Toestemming om het medicijn toe te dienen', required: true },
    ],
  });
  const sunscreen = await createDeclarationForm(ctx, admin, {
    title: 'Zonnebrand',
    description: 'In de zomer smeren we de kinderen in voor het buitenspelen.',
    fields: [
      { id: 'allowed', type: 'yesNo', label: 'Mijn kind mag worden ingesmeerd', required: true },
      {
        id: 'which',
        type: 'choice',
        label: 'Met welke zonnebrand',
        required: true,
        options: ['Die van de opvang', 'Die wij zelf meegeven'],
      },
    ],
  });
  await signDeclaration(ctx, parent(ids), ids.ties, sunscreen.id, {
    versionId: sunscreen.current.id,
    values: { allowed: true, which: 'Die wij zelf meegeven' },
    signedName: 'Sanne de Vries',
  });
}
