import type { Locale } from '../taxonomy/enums.ts';

interface MailText {
  subject: string;
  body: string;
}

/** Transactional mail texts (ICU messages) in every locale. */
const en = {
  verifyEmail: {
    subject: 'Confirm your email address for InnoPort',
    body: 'Hello {name},\n\nPlease confirm your email address by opening the link below. The link is valid for 48 hours.',
  },
  resetPassword: {
    subject: 'Reset your InnoPort password',
    body: 'Hello {name},\n\nSomeone asked to reset the password of your InnoPort account. If it was you, open the link below within one hour. Otherwise you can ignore this mail.',
  },
  invitation: {
    subject: 'You are invited to join {organization} on InnoPort',
    body: '{inviter} invited you to join {organization} on InnoPort as {role}. Open the link below to accept. The invitation is valid for 14 days.',
  },
} satisfies Record<string, MailText>;

export const MAIL_MESSAGES: Record<Locale, typeof en> = {
  en,
  'zh-CN': en,
  th: en,
  vi: en,
  id: en,
  ms: en,
  fil: en,
  lo: en,
  km: en,
  my: en,
};
