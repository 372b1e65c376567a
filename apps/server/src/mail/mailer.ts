import nodemailer from 'nodemailer';
import type { Database } from '../db/database.ts';
import { insertDevMail } from './mail.queries.ts';
import type { OutgoingMail } from './outgoing-mail.ts';

/** Delivers one mail; throws when it could not (the job that calls it retries). */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

/** Real delivery over SMTP (`SMTP_URL`). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.messageId ? { messageId: mail.messageId } : {}),
      });
    },
    async close() {
      transport.close();
    },
  };
}

/** Without SMTP (demo, development) mail is kept in the database and shown on the dev mailbox page. */
export function databaseMailer(db: Database): Mailer {
  return {
    async send(mail) {
      await insertDevMail(db, mail);
    },
    async close() {},
  };
}
