import { Readable } from 'node:stream';
import type { Temporal } from 'temporal-polyfill';
import type { Principal } from '../authz/principal.ts';
import type { AppContext } from '../context.ts';
import { createContent } from '../modules/content/content.service.ts';
import { uploadMedia } from '../modules/media/media.service.ts';
import { localMoment, todayIn } from '../time/clock.ts';
import { selectDemoStaffAccount, selectGroupLocation } from './seed-content.queries.ts';
import { staff, type TimelineIds } from './seed-timeline.ts';

/**
 * A one-page PDF the demo makes itself: the invitation to the parents' evening, with its text on the page. Built
 * by hand (objects, cross-reference table and trailer) so that PDF readers open it without complaint.
 */
export function invitationPdf(): Buffer {
  const lines = [
    'Uitnodiging ouderavond',
    'Kinderopvang Het Nest, locatie Haarlem',
    'Donderdag 19:30 - 21:00',
  ];
  const text = lines
    .map((line, i) => `BT /F1 ${i === 0 ? 20 : 12} Tf 72 ${740 - i * 30} Td (${line}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * News, a newsletter and information pages for the demo family, written through the real services at moments of
 * the past week (so the notifications they made are history, settled with the others): an organisation-wide item,
 * one to the Haarlem location with the invitation as PDF, one of Mila to the Hamsters, a newsletter and two
 * information pages.
 */
export async function seedContent(ctx: AppContext, ids: TimelineIds): Promise<void> {
  const today = todayIn(ctx.clock);
  const at = (daysBack: number, time: string) =>
    localMoment(today.subtract({ days: daysBack }).toString(), time);
  const when = (moment: Temporal.Instant): AppContext => ({ ...ctx, clock: { now: () => moment } });
  const admin: Principal = {
    ...(await selectDemoStaffAccount(ctx.db, ids.organisationId, 'beheer@demo.nestje.nl')),
    organisationId: ids.organisationId,
    kind: 'staff',
    guardianId: null,
    sessionId: 'demo-seed',
  };
  const haarlem = await selectGroupLocation(ctx.db, ids.organisationId, ids.hamsters);
  const publish = (moment: Temporal.Instant) => moment.toString();

  await createContent(when(at(6, '09:00')), admin, {
    kind: 'newsletter',
    title: 'Nieuwsbrief: de zomer komt eraan',
    bodyHtml:
      '<h2>Beste ouders,</h2><p>De dagen worden langer en we zijn veel buiten. In deze nieuwsbrief:</p>' +
      '<ul><li>Zonnebrand en petjes: geef ze mee in de tas</li><li>Nieuwe collega’s op de groepen</li>' +
      '<li>De zomersluiting</li></ul><p>Meer lezen? Kijk op <a href="https://www.rijksoverheid.nl/onderwerpen/kinderopvang">' +
      'rijksoverheid.nl</a>.</p>',
    audience: { scope: 'organisation' },
    publishAt: publish(at(6, '09:00')),
  });
  await createContent(when(at(4, '10:15')), admin, {
    kind: 'news',
    title: 'Nieuwe openingstijden in de zomer',
    bodyHtml:
      '<p>In juli en augustus zijn alle locaties open van <strong>07:30 tot 18:00</strong>. ' +
      'Heeft u een vroegere of latere tijd nodig? Neem contact op met de planning.</p>',
    audience: { scope: 'organisation' },
    publishAt: publish(at(4, '10:15')),
  });
  const invitation = invitationPdf();
  const { media } = await uploadMedia(
    when(at(2, '11:00')),
    admin,
    Readable.from([invitation]),
    invitation.length,
    'Uitnodiging ouderavond.pdf',
  );
  await createContent(when(at(2, '11:05')), admin, {
    kind: 'news',
    title: 'Ouderavond op locatie Haarlem',
    bodyHtml:
      '<p>Graag nodigen we u uit voor de ouderavond. We vertellen over het nieuwe pedagogisch beleid en ' +
      'maken graag kennis. De uitnodiging met het programma zit als bijlage bij dit bericht.</p>',
    audience: { scope: 'location', locationId: haarlem },
    publishAt: publish(at(2, '11:05')),
    attachmentIds: [media.id],
  });
  await createContent(when(at(1, '15:30')), staff(ids), {
    kind: 'news',
    title: 'Thema van de maand bij de Hamsters: de boerderij',
    bodyHtml:
      '<p>Deze maand gaat alles over de boerderij. We zingen liedjes over de koe en het schaap en ' +
      '<em>vrijdag</em> gaan we op bezoek bij de kinderboerderij. Laarsjes mee!</p>',
    audience: { scope: 'group', groupId: ids.hamsters },
    publishAt: publish(at(1, '15:30')),
  });
  await createContent(when(at(6, '09:30')), admin, {
    kind: 'info_page',
    title: 'Openingstijden en sluitingsdagen',
    bodyHtml:
      '<p>Onze locaties zijn op werkdagen open van 07:00 tot 18:30.</p><h3>Sluitingsdagen</h3>' +
      '<ul><li>Nieuwjaarsdag</li><li>Tweede paasdag</li><li>Koningsdag</li><li>Hemelvaartsdag</li>' +
      '<li>Tweede pinksterdag</li><li>Eerste en tweede kerstdag</li></ul>',
    audience: { scope: 'organisation' },
    publishAt: publish(at(6, '09:30')),
    position: 1,
  });
  await createContent(when(at(6, '09:35')), admin, {
    kind: 'info_page',
    title: 'Ziekte en medicijnen',
    bodyHtml:
      '<p>Is uw kind ziek? Meld het dan vóór 09:00 af via het ouderportaal. Bij koorts boven 38,5 °C blijft een ' +
      'kind thuis.</p><p>Moet uw kind medicijnen krijgen op de opvang? Vul dan de <strong>medicijnverklaring' +
      '</strong> in bij Overig → Account &amp; Kinderen.</p>',
    audience: { scope: 'organisation' },
    publishAt: publish(at(6, '09:35')),
    position: 2,
  });
}
