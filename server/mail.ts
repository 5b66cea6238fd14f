/**
 * The e-mail to the redactie with the sender's details (issue 18, privacy): nodemailer over SMTP.
 * Settings from the environment (the host's secrets):
 *   SMTP_HOST, SMTP_PORT (587), SMTP_SECURE ("ja" for port 465), SMTP_USER, SMTP_PASS,
 *   MAIL_FROM (e.g. "Vief website <website@vief-mvs.nl>"), MAIL_TO (the redactie's address;
 *   default the contact e-mail in content/site.json).
 */
import nodemailer from 'nodemailer';
import type { Mail, Mailer } from './inzending';

export interface SmtpOptions {
  host: string;
  port: number;
  secure?: boolean;
  user?: string;
  pass?: string;
  from: string;
  to: string;
  /** Only for tests against a local server with a self-signed certificate. */
  allowSelfSigned?: boolean;
}

export function smtpMailer(o: SmtpOptions): Mailer {
  const transport = nodemailer.createTransport({
    host: o.host,
    port: o.port,
    secure: Boolean(o.secure),
    ...(o.user ? { auth: { user: o.user, pass: o.pass ?? '' } } : {}),
    ...(o.allowSelfSigned ? { tls: { rejectUnauthorized: false } } : {}),
  });
  return {
    async send(mail: Mail) {
      await transport.sendMail({ from: o.from, to: o.to, subject: mail.subject, text: mail.text, ...(mail.replyTo ? { replyTo: mail.replyTo } : {}) });
    },
  };
}

/** The mailer from the environment, or undefined when SMTP_HOST is not set. */
export function mailerFromEnv(env: Record<string, string | undefined>, defaultTo: string): Mailer | undefined {
  if (!env.SMTP_HOST) return undefined;
  return smtpMailer({
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT || 587),
    secure: env.SMTP_SECURE === 'ja' || env.SMTP_SECURE === 'true',
    user: env.SMTP_USER,
    pass: env.SMTP_PASS,
    from: env.MAIL_FROM || `Vief website <${defaultTo}>`,
    to: env.MAIL_TO || defaultTo,
  });
}
