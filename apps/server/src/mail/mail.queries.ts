import type { Database } from '../db/database.ts';
import type { OutgoingMail } from './outgoing-mail.ts';

export async function insertDevMail(db: Database, mail: OutgoingMail): Promise<void> {
  await db
    .insertInto('dev_mails')
    .values({
      organisation_id: mail.organisationId,
      recipient: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      body_html: mail.html,
    })
    .execute();
}

export async function selectDevMails(db: Database, limit: number) {
  return db
    .selectFrom('dev_mails')
    .select(['id', 'recipient', 'subject', 'body_text', 'body_html', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}
