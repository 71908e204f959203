// UI, feed and email text for calendars, stars and the personal agenda, in both languages.
// Vietnamese is the reference; English is type-checked against its keys.
import type { Lang } from '../locales';

const vi = {
  addToCalendar: {
    summary: 'Thêm vào lịch',
    /** Screen-reader context for the menu button, after the visible text. */
    context: (title: string) => `: ${title}`,
    download: 'Tải tệp .ics',
    google: 'Google Calendar',
    outlookLive: 'Outlook.com',
    outlookOffice: 'Outlook (Microsoft 365)',
    apple: 'Apple Calendar (tệp .ics)',
    newTab: '(mở thẻ mới)',
  },
  feeds: {
    heading: 'Đưa chương trình vào lịch của bạn',
    intro:
      'Đăng ký theo dõi để lịch của bạn tự cập nhật khi chương trình thay đổi, hoặc tải tệp .ics một lần. Mọi giờ được ghi chính xác theo giờ Hà Nội (GMT+7) và hiện theo múi giờ của thiết bị.',
    whole: 'Toàn bộ chương trình',
    tracksLabel: 'Theo chủ đề',
    subscribe: 'Đăng ký theo dõi',
    download: 'Tải .ics',
    subscribeTo: (name: string) => `Đăng ký theo dõi: ${name}`,
    downloadOf: (name: string) => `Tải .ics: ${name}`,
    googleNote:
      'Google Calendar chỉ làm mới các lịch đăng ký theo dõi vài giờ một lần, nên thay đổi có thể hiện chậm. Nếu lịch không tự mở, hãy sao chép địa chỉ và dùng “Thêm lịch › Từ URL”.',
  },
  star: {
    label: 'Lưu vào lịch của tôi',
    labelFor: (title: string) => `Lưu vào lịch của tôi: ${title}`,
    saved: 'Đã lưu',
    notSaved: 'Lưu',
    failed: 'Không lưu được. Vui lòng thử lại.',
    /** The session page's star form (no JavaScript): the button once starred, and what pressing it does. */
    added: 'Đã có trong lịch của tôi',
    removeHint: 'bấm để bỏ khỏi lịch',
    removed: 'Đã bỏ khỏi lịch của tôi.',
    back: 'Quay lại trang phiên',
  },
  agenda: {
    title: 'Lịch của tôi',
    description: 'Các phiên bạn đã lưu và đã đặt chỗ, theo thứ tự thời gian.',
    empty: 'Bạn chưa lưu phiên nào. Hãy dùng nút “Lưu” trên trang chương trình.',
    browse: 'Xem chương trình',
    starred: 'Đã lưu',
    confirmed: 'Đã có chỗ',
    waitlisted: 'Trong danh sách chờ',
    cancelled: 'Đã hủy',
    overlap: 'Trùng giờ với',
    overlapCount: (n: number) => `${n} phiên bị trùng giờ`,
    timeNote: 'Mọi giờ theo giờ Hà Nội (GMT+7).',
    print: 'In lịch',
    room: 'Phòng',
    tentative: 'Chờ xác nhận',
    visitorNote:
      'Danh sách này chỉ lưu trong trình duyệt này. Đăng nhập để giữ lịch trên mọi thiết bị và nhận địa chỉ lịch riêng.',
    signIn: 'Đăng nhập',
    noScript: 'Cần bật JavaScript để đọc các phiên bạn đã lưu trong trình duyệt này.',
    unknownIgnored: 'Một số phiên không còn trong chương trình và đã được bỏ qua.',
  },
  privateFeed: {
    heading: 'Lịch riêng của bạn',
    intro:
      'Một địa chỉ lịch riêng chứa các phiên bạn đã lưu và đã đặt chỗ, tự cập nhật khi chương trình thay đổi. Hãy giữ bí mật: ai có địa chỉ này đều xem được lịch của bạn.',
    none: 'Bạn chưa tạo địa chỉ lịch riêng.',
    create: 'Tạo địa chỉ lịch riêng',
    created: 'Địa chỉ lịch riêng mới của bạn. Hãy sao chép ngay: vì lý do bảo mật, địa chỉ chỉ hiện một lần.',
    exists: (date: string) =>
      `Bạn đã tạo một địa chỉ lịch riêng lúc ${date}. Vì lý do bảo mật, chúng tôi chỉ lưu dấu vân tay của địa chỉ nên không thể hiện lại. Nếu không còn giữ địa chỉ, hãy tạo địa chỉ mới.`,
    link: 'Địa chỉ đăng ký (webcal)',
    httpsLink: 'Địa chỉ https (để dán vào Google Calendar hoặc Outlook)',
    regenerate: 'Tạo địa chỉ mới (địa chỉ cũ ngừng hoạt động)',
    revoke: 'Thu hồi địa chỉ',
    revoked: 'Đã thu hồi địa chỉ lịch riêng. Địa chỉ cũ không còn hoạt động.',
    howTo: 'Cách thêm vào ứng dụng lịch',
    google:
      'Google Calendar (trên máy tính): Cài đặt › Thêm lịch › Từ URL, dán địa chỉ https ở trên. Google chỉ làm mới lịch đăng ký vài giờ một lần (có khi lâu hơn), nên thay đổi có thể hiện chậm.',
    apple:
      'Apple Calendar: bấm vào địa chỉ webcal, hoặc Tệp › Đăng ký lịch mới và dán địa chỉ; chọn tự làm mới mỗi giờ.',
    outlook:
      'Outlook: Thêm lịch › Đăng ký từ web, dán địa chỉ https. Outlook cũng làm mới lịch đăng ký theo chu kỳ riêng của nó.',
    invalid: 'Yêu cầu không hợp lệ.',
    tooMany: (minutes: number) =>
      `Bạn đã tạo quá nhiều địa chỉ lịch riêng trong thời gian ngắn. Vui lòng thử lại sau ${minutes} phút. Bạn vẫn có thể thu hồi địa chỉ hiện tại.`,
  },
  calendar: {
    summitName: (event: string) => event,
    trackName: (event: string, track: string) => `${event} – ${track}`,
    personalName: (event: string) => `${event} – Lịch của tôi`,
    speakers: 'Diễn giả',
    moderators: 'Điều phối',
    time: 'Thời gian',
    details: 'Chi tiết',
    cancelledPrefix: '[Đã hủy] ',
    cancelledNote: 'Phiên này đã bị hủy khỏi chương trình.',
    waitlisted: 'Bạn đang trong danh sách chờ của phiên này.',
  },
  meeting: {
    title: (party: string) => `Gặp gỡ B2B: ${party}`,
    with: 'Gặp với',
    topic: 'Chủ đề',
    location: (table: string) => `Khu gặp gỡ B2B · Bàn ${table}`,
    category: 'Gặp gỡ B2B',
    tentative: 'Cuộc gặp này chưa được xác nhận.',
    cancelledNote: 'Cuộc gặp này đã bị hủy.',
  },
  email: {
    subject: 'Chương trình đã thay đổi',
    greeting: (name: string) => `Xin chào ${name},`,
    intro: 'Một số phiên bạn đã lưu hoặc đặt chỗ vừa thay đổi:',
    moved: (title: string) => `Đổi giờ hoặc phòng: ${title}`,
    cancelled: (title: string) => `Đã hủy: ${title}`,
    before: 'Trước đây',
    now: 'Hiện nay',
    agenda: 'Xem lịch của bạn',
    calendarHint: 'Lịch đăng ký theo dõi sẽ tự cập nhật; Google Calendar có thể cần vài giờ.',
  },
  errors: {
    'not-found': 'Không tìm thấy lịch này.',
    'bad-lang': 'Tham số lang phải là "vi" hoặc "en".',
  },
};

type CalendarText = typeof vi;

const en: CalendarText = {
  addToCalendar: {
    summary: 'Add to calendar',
    context: (title) => `: ${title}`,
    download: 'Download .ics file',
    google: 'Google Calendar',
    outlookLive: 'Outlook.com',
    outlookOffice: 'Outlook (Microsoft 365)',
    apple: 'Apple Calendar (.ics file)',
    newTab: '(opens in a new tab)',
  },
  feeds: {
    heading: 'Put the programme in your calendar',
    intro:
      'Subscribe so your calendar updates itself when the programme changes, or download an .ics file once. Times are exact Hanoi times (GMT+7) and appear in your device’s time zone.',
    whole: 'Whole programme',
    tracksLabel: 'By track',
    subscribe: 'Subscribe',
    download: 'Download .ics',
    subscribeTo: (name) => `Subscribe: ${name}`,
    downloadOf: (name) => `Download .ics: ${name}`,
    googleNote:
      'Google Calendar refreshes subscribed calendars only every several hours, so changes can appear late. If the calendar does not open, copy the address and use “Add calendar › From URL”.',
  },
  star: {
    label: 'Add to my agenda',
    labelFor: (title) => `Add to my agenda: ${title}`,
    saved: 'Saved',
    notSaved: 'Save',
    failed: 'Could not save. Please try again.',
    added: 'In my agenda',
    removeHint: 'press to remove',
    removed: 'Removed from my agenda.',
    back: 'Back to the session',
  },
  agenda: {
    title: 'My agenda',
    description: 'The sessions you saved and reserved, in time order.',
    empty: 'You have not saved any sessions yet. Use the “Save” button on the programme.',
    browse: 'Browse the programme',
    starred: 'Saved',
    confirmed: 'Seat reserved',
    waitlisted: 'On the waitlist',
    cancelled: 'Cancelled',
    overlap: 'Overlaps with',
    overlapCount: (n) => (n === 1 ? '1 session overlaps another' : `${n} sessions overlap`),
    timeNote: 'All times are Hanoi time (GMT+7).',
    print: 'Print agenda',
    room: 'Room',
    tentative: 'Awaiting confirmation',
    visitorNote:
      'This list is kept in this browser only. Sign in to keep your agenda on every device and get a private calendar address.',
    signIn: 'Sign in',
    noScript: 'JavaScript is needed to read the sessions you saved in this browser.',
    unknownIgnored: 'Some sessions are no longer on the programme and were left out.',
  },
  privateFeed: {
    heading: 'Your private calendar',
    intro:
      'A private calendar address with the sessions you saved and reserved, kept up to date when the programme changes. Keep it secret: anyone with the address can see your agenda.',
    none: 'You have not created a private calendar address yet.',
    create: 'Create my private calendar address',
    created: 'Your new private calendar address. Copy it now: for your security it is shown only once.',
    exists: (date) =>
      `You created a private calendar address on ${date}. For your security we keep only a fingerprint of it, so it cannot be shown again. If you no longer have it, create a new one.`,
    link: 'Subscription address (webcal)',
    httpsLink: 'https address (to paste into Google Calendar or Outlook)',
    regenerate: 'Create a new address (the old one stops working)',
    revoke: 'Revoke the address',
    revoked: 'Your private calendar address was revoked. The old address no longer works.',
    howTo: 'How to add it to your calendar app',
    google:
      'Google Calendar (on a computer): Settings › Add calendar › From URL, then paste the https address above. Google refreshes subscribed calendars only every several hours (sometimes longer), so changes can appear late.',
    apple:
      'Apple Calendar: open the webcal address, or File › New Calendar Subscription and paste it; choose to refresh every hour.',
    outlook:
      'Outlook: Add calendar › Subscribe from web, then paste the https address. Outlook also refreshes subscriptions on its own schedule.',
    invalid: 'The request was not valid.',
    tooMany: (minutes) =>
      `You have made too many private calendar addresses in a short time. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}. You can still revoke the current address.`,
  },
  calendar: {
    summitName: (event) => event,
    trackName: (event, track) => `${event} – ${track}`,
    personalName: (event) => `${event} – My agenda`,
    speakers: 'Speakers',
    moderators: 'Moderators',
    time: 'Time',
    details: 'Details',
    cancelledPrefix: '[Cancelled] ',
    cancelledNote: 'This session has been removed from the programme.',
    waitlisted: 'You are on the waitlist for this session.',
  },
  meeting: {
    title: (party) => `B2B meeting: ${party}`,
    with: 'With',
    topic: 'Topic',
    location: (table) => `B2B Lounge · Table ${table}`,
    category: 'B2B meeting',
    tentative: 'This meeting is not confirmed yet.',
    cancelledNote: 'This meeting has been cancelled.',
  },
  email: {
    subject: 'Programme change',
    greeting: (name) => `Dear ${name},`,
    intro: 'Sessions you saved or reserved have changed:',
    moved: (title) => `New time or room: ${title}`,
    cancelled: (title) => `Cancelled: ${title}`,
    before: 'Before',
    now: 'Now',
    agenda: 'See your agenda',
    calendarHint: 'Subscribed calendars update themselves; Google Calendar can take several hours.',
  },
  errors: {
    'not-found': 'This calendar does not exist.',
    'bad-lang': 'The lang parameter must be "vi" or "en".',
  },
};

/** Calendar, star and personal agenda text, by language. */
export const calendarMessages = { vi, en } as const;

/** Calendar, star and personal agenda text in a language. */
export function calendarT(lang: Lang): CalendarText {
  return calendarMessages[lang];
}
