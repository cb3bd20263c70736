import type { Locale } from '../taxonomy/enums.ts';

interface MailText {
  subject: string;
  body: string;
}

/**
 * Transactional mail texts (ICU messages) in every locale. Placeholders must be the same in
 * every language (messages.test.ts checks it); the link is appended by templates.ts.
 */
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

type MailMessages = typeof en;

const zhCN: MailMessages = {
  verifyEmail: {
    subject: '请确认您在 InnoPort 的电子邮箱地址',
    body: '{name}，您好：\n\n请打开下方链接，确认您的电子邮箱地址。该链接在 48 小时内有效。',
  },
  resetPassword: {
    subject: '重置您的 InnoPort 密码',
    body: '{name}，您好：\n\n有人申请重置您 InnoPort 账户的密码。如果是您本人操作，请在一小时内打开下方链接；如果不是，请忽略此邮件。',
  },
  invitation: {
    subject: '诚邀您加入 InnoPort 上的 {organization}',
    body: '{inviter} 邀请您以 {role} 身份加入 InnoPort 上的 {organization}。请打开下方链接接受邀请。邀请在 14 天内有效。',
  },
};

const th: MailMessages = {
  verifyEmail: {
    subject: 'ยืนยันที่อยู่อีเมลของคุณสำหรับ InnoPort',
    body: 'สวัสดีคุณ {name}\n\nโปรดยืนยันที่อยู่อีเมลของคุณโดยเปิดลิงก์ด้านล่าง ลิงก์นี้ใช้ได้ภายใน 48 ชั่วโมง',
  },
  resetPassword: {
    subject: 'ตั้งรหัสผ่าน InnoPort ของคุณใหม่',
    body: 'สวัสดีคุณ {name}\n\nมีผู้ขอตั้งรหัสผ่านใหม่สำหรับบัญชี InnoPort ของคุณ หากเป็นคุณ โปรดเปิดลิงก์ด้านล่างภายในหนึ่งชั่วโมง หากไม่ใช่ คุณไม่ต้องดำเนินการใด ๆ กับอีเมลนี้',
  },
  invitation: {
    subject: 'คุณได้รับเชิญให้เข้าร่วม {organization} บน InnoPort',
    body: '{inviter} เชิญคุณเข้าร่วม {organization} บน InnoPort ในบทบาท {role} เปิดลิงก์ด้านล่างเพื่อตอบรับคำเชิญ คำเชิญนี้มีอายุ 14 วัน',
  },
};

const vi: MailMessages = {
  verifyEmail: {
    subject: 'Xác nhận địa chỉ email của bạn trên InnoPort',
    body: 'Xin chào {name},\n\nVui lòng xác nhận địa chỉ email của bạn bằng cách mở liên kết bên dưới. Liên kết có hiệu lực trong 48 giờ.',
  },
  resetPassword: {
    subject: 'Đặt lại mật khẩu InnoPort của bạn',
    body: 'Xin chào {name},\n\nCó người đã yêu cầu đặt lại mật khẩu cho tài khoản InnoPort của bạn. Nếu đó là bạn, hãy mở liên kết bên dưới trong vòng một giờ. Nếu không, bạn có thể bỏ qua email này.',
  },
  invitation: {
    subject: 'Bạn được mời tham gia {organization} trên InnoPort',
    body: '{inviter} đã mời bạn tham gia {organization} trên InnoPort với vai trò {role}. Hãy mở liên kết bên dưới để chấp nhận. Lời mời có hiệu lực trong 14 ngày.',
  },
};

const id: MailMessages = {
  verifyEmail: {
    subject: 'Konfirmasi alamat email Anda untuk InnoPort',
    body: 'Halo {name},\n\nSilakan konfirmasi alamat email Anda dengan membuka tautan di bawah ini. Tautan ini berlaku selama 48 jam.',
  },
  resetPassword: {
    subject: 'Atur ulang kata sandi InnoPort Anda',
    body: 'Halo {name},\n\nSeseorang meminta pengaturan ulang kata sandi akun InnoPort Anda. Jika itu Anda, buka tautan di bawah ini dalam waktu satu jam. Jika bukan, abaikan saja email ini.',
  },
  invitation: {
    subject: 'Anda diundang bergabung dengan {organization} di InnoPort',
    body: '{inviter} mengundang Anda bergabung dengan {organization} di InnoPort sebagai {role}. Buka tautan di bawah ini untuk menerima undangan. Undangan ini berlaku selama 14 hari.',
  },
};

const ms: MailMessages = {
  verifyEmail: {
    subject: 'Sahkan alamat e-mel anda untuk InnoPort',
    body: 'Salam {name},\n\nSila sahkan alamat e-mel anda dengan membuka pautan di bawah. Pautan ini sah selama 48 jam.',
  },
  resetPassword: {
    subject: 'Tetapkan semula kata laluan InnoPort anda',
    body: 'Salam {name},\n\nSeseorang telah meminta untuk menetapkan semula kata laluan akaun InnoPort anda. Jika itu anda, buka pautan di bawah dalam masa satu jam. Jika bukan, anda boleh abaikan e-mel ini.',
  },
  invitation: {
    subject: 'Anda dijemput untuk menyertai {organization} di InnoPort',
    body: '{inviter} menjemput anda untuk menyertai {organization} di InnoPort sebagai {role}. Buka pautan di bawah untuk menerima jemputan. Jemputan ini sah selama 14 hari.',
  },
};

const fil: MailMessages = {
  verifyEmail: {
    subject: 'Kumpirmahin ang iyong email address para sa InnoPort',
    body: 'Kumusta {name},\n\nPakikumpirma ang iyong email address sa pamamagitan ng pagbukas ng link sa ibaba. May bisa ang link sa loob ng 48 oras.',
  },
  resetPassword: {
    subject: 'I-reset ang iyong password sa InnoPort',
    body: 'Kumusta {name},\n\nMay humiling na i-reset ang password ng iyong InnoPort account. Kung ikaw ito, buksan ang link sa ibaba sa loob ng isang oras. Kung hindi, maaari mong balewalain ang email na ito.',
  },
  invitation: {
    subject: 'Inaanyayahan kang sumali sa {organization} sa InnoPort',
    body: 'Inanyayahan ka ni {inviter} na sumali sa {organization} sa InnoPort bilang {role}. Buksan ang link sa ibaba upang tanggapin ito. May bisa ang paanyaya sa loob ng 14 na araw.',
  },
};

const lo: MailMessages = {
  verifyEmail: {
    subject: 'ຢືນຢັນທີ່ຢູ່ອີເມວຂອງທ່ານສຳລັບ InnoPort',
    body: 'ສະບາຍດີ {name},\n\nກະລຸນາຢືນຢັນທີ່ຢູ່ອີເມວຂອງທ່ານ ໂດຍການເປີດລິ້ງຂ້າງລຸ່ມນີ້. ລິ້ງນີ້ໃຊ້ໄດ້ພາຍໃນ 48 ຊົ່ວໂມງ.',
  },
  resetPassword: {
    subject: 'ຕັ້ງລະຫັດຜ່ານ InnoPort ຂອງທ່ານໃໝ່',
    body: 'ສະບາຍດີ {name},\n\nມີຄົນຂໍຕັ້ງລະຫັດຜ່ານໃໝ່ສຳລັບບັນຊີ InnoPort ຂອງທ່ານ. ຖ້າແມ່ນທ່ານ, ກະລຸນາເປີດລິ້ງຂ້າງລຸ່ມນີ້ພາຍໃນໜຶ່ງຊົ່ວໂມງ. ຖ້າບໍ່ແມ່ນ, ທ່ານສາມາດລະເລີຍອີເມວນີ້ໄດ້.',
  },
  invitation: {
    subject: 'ທ່ານໄດ້ຮັບເຊີນໃຫ້ເຂົ້າຮ່ວມ {organization} ໃນ InnoPort',
    body: '{inviter} ໄດ້ເຊີນທ່ານເຂົ້າຮ່ວມ {organization} ໃນ InnoPort ໃນຖານະ {role}. ເປີດລິ້ງຂ້າງລຸ່ມນີ້ເພື່ອຕອບຮັບ. ຄຳເຊີນນີ້ໃຊ້ໄດ້ພາຍໃນ 14 ວັນ.',
  },
};

const km: MailMessages = {
  verifyEmail: {
    subject: 'បញ្ជាក់អាសយដ្ឋានអ៊ីមែលរបស់អ្នកសម្រាប់ InnoPort',
    body: 'សួស្តី {name}\n\nសូមបញ្ជាក់អាសយដ្ឋានអ៊ីមែលរបស់អ្នក ដោយបើកតំណភ្ជាប់ខាងក្រោម។ តំណភ្ជាប់នេះមានសុពលភាពរយៈពេល 48 ម៉ោង។',
  },
  resetPassword: {
    subject: 'កំណត់ពាក្យសម្ងាត់ InnoPort របស់អ្នកឡើងវិញ',
    body: 'សួស្តី {name}\n\nមាននរណាម្នាក់បានស្នើសុំកំណត់ពាក្យសម្ងាត់នៃគណនី InnoPort របស់អ្នកឡើងវិញ។ ប្រសិនបើជាអ្នក សូមបើកតំណភ្ជាប់ខាងក្រោមក្នុងរយៈពេលមួយម៉ោង។ បើមិនមែនទេ អ្នកអាចមិនអើពើនឹងអ៊ីមែលនេះបាន។',
  },
  invitation: {
    subject: 'អ្នកត្រូវបានអញ្ជើញឱ្យចូលរួមជាមួយ {organization} នៅលើ InnoPort',
    body: '{inviter} បានអញ្ជើញអ្នកឱ្យចូលរួមជាមួយ {organization} នៅលើ InnoPort ក្នុងតួនាទីជា {role}។ សូមបើកតំណភ្ជាប់ខាងក្រោមដើម្បីទទួលយក។ ការអញ្ជើញនេះមានសុពលភាពរយៈពេល 14 ថ្ងៃ។',
  },
};

const my: MailMessages = {
  verifyEmail: {
    subject: 'InnoPort အတွက် သင့်အီးမေးလ်လိပ်စာကို အတည်ပြုပါ',
    body: 'မင်္ဂလာပါ {name}၊\n\nအောက်ပါလင့်ခ်ကို ဖွင့်၍ သင့်အီးမေးလ်လိပ်စာကို အတည်ပြုပေးပါ။ ဤလင့်ခ်ကို ၄၈ နာရီအတွင်း အသုံးပြုနိုင်ပါသည်။',
  },
  resetPassword: {
    subject: 'သင့် InnoPort စကားဝှက်ကို ပြန်လည်သတ်မှတ်ပါ',
    body: 'မင်္ဂလာပါ {name}၊\n\nတစ်စုံတစ်ယောက်က သင့် InnoPort အကောင့်၏ စကားဝှက်ကို ပြန်လည်သတ်မှတ်ရန် တောင်းဆိုထားပါသည်။ သင်ဖြစ်ပါက အောက်ပါလင့်ခ်ကို တစ်နာရီအတွင်း ဖွင့်ပါ။ သင်မဟုတ်ပါက ဤအီးမေးလ်ကို လျစ်လျူရှုနိုင်ပါသည်။',
  },
  invitation: {
    subject: 'InnoPort ရှိ {organization} တွင် ပါဝင်ရန် သင့်ကို ဖိတ်ကြားထားပါသည်',
    body: '{inviter} က သင့်ကို InnoPort ရှိ {organization} တွင် {role} အဖြစ် ပါဝင်ရန် ဖိတ်ကြားထားပါသည်။ လက်ခံရန် အောက်ပါလင့်ခ်ကို ဖွင့်ပါ။ ဤဖိတ်ကြားချက်သည် ၁၄ ရက်အတွင်း အကျုံးဝင်ပါသည်။',
  },
};

export const MAIL_MESSAGES: Record<Locale, MailMessages> = {
  en,
  'zh-CN': zhCN,
  th,
  vi,
  id,
  ms,
  fil,
  lo,
  km,
  my,
};
