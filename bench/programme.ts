// A generated programme for the build benchmark, written into a copy's content/: `sessions`
// sessions (20 half-hour slots per generated room, so nothing clashes), speakers and products in
// the real programme's proportions (0.9 speakers and 0.8 products per session), with photos and
// images copied from the sample content so the image pipeline does its real share of the work.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRODUCT_CATEGORIES, MATURITIES, SESSION_LANGUAGES as LANGUAGES } from '../src/lib/content/vocabulary';

const SLOTS = 20;
const FORMATS = ['talk', 'panel', 'workshop', 'keynote'];

const pad = (n: number) => String(n).padStart(2, '0');
const both = (vi: string, en: string) => `{ vi: ${JSON.stringify(vi)}, en: ${JSON.stringify(en)} }`;

function write(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** Adds the generated sessions, rooms, speakers and products to `contentDir`; returns the counts. */
export function generateProgramme(contentDir: string, sessions: number) {
  const first = (sub: string, file: string) => {
    const dir = readdirSync(join(contentDir, sub))[0]!;
    return join(contentDir, sub, dir, file);
  };
  const photo = first('speakers', 'photo.jpg');
  const image = first('products', 'image.jpg');
  const exhibitors = readdirSync(join(contentDir, 'exhibitors'));
  const tracks = readdirSync(join(contentDir, 'tracks')).map((f) => f.replace(/\.yaml$/, ''));
  const tags = readdirSync(join(contentDir, 'tags')).map((f) => f.replace(/\.yaml$/, ''));
  // Not a multiple of SLOTS: two sessions in one slot never share a speaker.
  let speakers = Math.max(1, Math.round(sessions * 0.9));
  if (speakers % SLOTS === 0) speakers += 1;
  const products = Math.round(sessions * 0.8);
  const rooms = Math.ceil(sessions / SLOTS);
  for (let r = 0; r < rooms; r++) {
    writeFileSync(
      join(contentDir, 'rooms', `gen-room-${r}.yaml`),
      `name: ${both(`Phòng ${r}`, `Room ${r}`)}\nfloor: ${both('Tầng 3', 'Level 3')}\ncapacity: 200\naccessible: true\norder: ${100 + r}\n`,
    );
  }
  for (let s = 0; s < speakers; s++) {
    write(join(contentDir, 'speakers', `gen-speaker-${s}`), {
      'speaker.yaml': `name: "Diễn giả ${s}"\nsample: true\nrole: ${both('Chuyên gia', 'Expert')}\norganisation: ${both(`Tổ chức ${s}`, `Organisation ${s}`)}\ncountry: "VN"\nphoto: "./photo.jpg"\nphotoAlt: ${both(`Ảnh diễn giả ${s}`, `Portrait of speaker ${s}`)}\nfeatured: false\n`,
      'vi.md': `Tiểu sử của diễn giả ${s}, chuyên gia về đô thị thông minh.\n`,
      'en.md': `Biography of speaker ${s}, a smart-city expert.\n`,
    });
    copyFileSync(photo, join(contentDir, 'speakers', `gen-speaker-${s}`, 'photo.jpg'));
  }
  for (let i = 0; i < sessions; i++) {
    const room = Math.floor(i / SLOTS);
    const slot = i % SLOTS;
    const start = 8 * 60 + slot * 30;
    const time = (m: number) => `2025-12-23T${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
    write(join(contentDir, 'sessions', `gen-session-${i}`), {
      'session.yaml': [
        `title: ${both(`Phiên ${i}: đô thị thông minh và dữ liệu`, `Session ${i}: smart cities and data`)}`,
        `summary: ${both(`Tóm tắt phiên ${i}.`, `Summary of session ${i}.`)}`,
        `start: "${time(start)}"`,
        `end: "${time(start + 25)}"`,
        `room: "gen-room-${room}"`,
        `track: "${tracks[i % tracks.length]}"`,
        `format: "${FORMATS[i % FORMATS.length]}"`,
        `language: "${LANGUAGES[i % LANGUAGES.length]}"`,
        `speakers: ["gen-speaker-${i % speakers}"]`,
        `tags: ["${tags[i % tags.length]}"]`,
        ...(i % 10 === 0 ? ['capacity: 50'] : []),
        '',
      ].join('\n'),
      'vi.md': `Nội dung phiên ${i}: các thành phố chia sẻ kinh nghiệm triển khai.\n`,
      'en.md': `Session ${i}: cities share what they learned deploying smart services.\n`,
    });
  }
  for (let p = 0; p < products; p++) {
    write(join(contentDir, 'products', `gen-product-${p}`), {
      'product.yaml': [
        `name: ${both(`Giải pháp ${p}`, `Solution ${p}`)}`,
        `exhibitor: "${exhibitors[p % exhibitors.length]}"`,
        `category: "${PRODUCT_CATEGORIES[p % PRODUCT_CATEGORIES.length]}"`,
        `maturity: "${MATURITIES[p % MATURITIES.length]}"`,
        `summary: ${both(`Mô tả ngắn giải pháp ${p}.`, `Short description of solution ${p}.`)}`,
        'image: "./image.jpg"',
        `imageAlt: ${both(`Hình minh hoạ giải pháp ${p}`, `Illustration of solution ${p}`)}`,
        `tags: ["${tags[p % tags.length]}"]`,
        '',
      ].join('\n'),
      'vi.md': `Giải pháp ${p} giúp thành phố vận hành hiệu quả hơn.\n`,
      'en.md': `Solution ${p} helps a city run better.\n`,
    });
    copyFileSync(image, join(contentDir, 'products', `gen-product-${p}`, 'image.jpg'));
  }
  return { sessions, speakers, products, rooms };
}
