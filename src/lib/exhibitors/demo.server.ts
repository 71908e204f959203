// Demo data for the exhibitor portal (the seed script): the demo exhibitor's organisation, linked
// to content/exhibitors/xanhvolt-energy, with approved, pending and draft products, an image, an
// enquiry and a lead — made through the same functions the portal uses. Fictional throughout.
import sharp from 'sharp';
import { ticketOf } from '~/lib/tickets/tickets.server';
import type { Actor } from './access.server';
import { createEnquiry } from './enquiries.server';
import { recordLead } from './leads.server';
import { decideRevision } from './moderation.server';
import { addExistingMember, createOrganisation } from './organisations.server';
import { uploadProductImage } from './product-images.server';
import { createProduct, submitProduct, type ShowcaseVocabulary } from './products.server';

const base = {
  category: 'energy-environment',
  contactEmail: 'exhibitor@demo.summit.example',
  website: 'https://example.vn/xanhvolt',
};

/** Seeds the demo organisation for `exhibitorId`; `delegateIds` send an enquiry and are met at the booth. */
export async function seedDemoExhibitor(
  ids: { organiserId: string; exhibitorId: string; delegateIds: [string, string] },
  vocabulary: ShowcaseVocabulary,
): Promise<void> {
  const organiser: Actor = { id: ids.organiserId, role: 'organiser' };
  const exhibitor: Actor = { id: ids.exhibitorId, role: 'exhibitor' };
  const orgId = createOrganisation(organiser, {
    contentId: 'xanhvolt-energy',
    nameVi: 'XanhVolt Energy',
    nameEn: 'XanhVolt Energy',
    country: 'VN',
    booth: 'C-01',
    website: 'https://example.vn/xanhvolt',
    descriptionVi: 'Điện mặt trời mái nhà, lưu trữ năng lượng và trạm sạc xe điện hai bánh.',
    descriptionEn: 'Rooftop solar, energy storage and electric two-wheeler charging.',
  });
  addExistingMember(organiser, orgId, ids.exhibitorId, true);

  // A generated picture (no photo of anyone): a green-to-blue gradient, 1200×675.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><defs><linearGradient id="g"><stop offset="0" stop-color="#0b6e4f"/><stop offset="1" stop-color="#0b5394"/></linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/></svg>`;
  const image = await uploadProductImage(exhibitor, orgId, await sharp(Buffer.from(svg)).png().toBuffer());
  const images = image.ok
    ? [
        {
          imageId: image.id,
          alt: { vi: 'Hình minh hoạ trừu tượng màu xanh', en: 'Abstract green and blue illustration' },
        },
      ]
    : [];

  const approved = createProduct(
    exhibitor,
    orgId,
    {
      ...base,
      name: { vi: 'Tủ lưu trữ điện cho trụ sở xã', en: 'Battery storage for commune offices' },
      summary: {
        vi: 'Giữ điện cho trụ sở xã khi mất điện và giảm tiền điện giờ cao điểm.',
        en: 'Keeps commune offices powered in outages and cuts peak-hour bills.',
      },
      maturity: 'pilot',
      tags: ['energy', 'climate'],
      description: {
        vi: 'Tủ pin **lithium sắt phosphate** nối với điện mặt trời mái nhà.\n\nThí điểm tại 4 xã ngoại thành Hà Nội.',
        en: 'A **lithium iron phosphate** battery cabinet paired with rooftop solar.\n\nPiloted in 4 outer communes of Hanoi.',
      },
      deployedIn: [{ vi: '4 xã ngoại thành Hà Nội', en: '4 outer communes of Hanoi' }],
      images,
    },
    vocabulary,
  );
  const revisionId = submitProduct(exhibitor, approved.productId);
  await decideRevision(organiser, revisionId, { approve: true }, vocabulary);

  const pending = createProduct(
    exhibitor,
    orgId,
    {
      ...base,
      name: { vi: 'Nhà chờ xe buýt năng lượng mặt trời', en: 'Solar bus shelters' },
      summary: {
        vi: 'Nhà chờ có mái pin mặt trời, đèn và cổng sạc điện thoại.',
        en: 'Bus shelters with solar roofs, lighting and phone charging.',
      },
      maturity: 'concept',
      tags: ['energy', 'mobility'],
      description: { vi: 'Bản thiết kế cho các tuyến buýt điện mới.', en: '' },
    },
    vocabulary,
  );
  submitProduct(exhibitor, pending.productId);

  createProduct(
    exhibitor,
    orgId,
    {
      ...base,
      name: { vi: 'Bản đồ tiềm năng điện mặt trời', en: 'Rooftop solar potential map' },
      summary: {
        vi: 'Ước tính sản lượng điện mặt trời cho từng mái nhà công.',
        en: 'Estimates solar yield for each public roof.',
      },
      maturity: 'concept',
      tags: ['energy', 'open-data'],
      description: { vi: '', en: 'Draft: uses open elevation data.' },
    },
    vocabulary,
  );

  const [asker, met] = ids.delegateIds;
  await createEnquiry(
    { id: asker, role: 'delegate' },
    { productId: approved.productId, message: 'Xin báo giá cho 10 trụ sở xã và thời gian lắp đặt.', shareEmail: true },
  );
  const ticket = ticketOf(met);
  if (ticket) recordLead(exhibitor, orgId, { ticketCode: ticket.code, note: 'Quan tâm trạm sạc cho xã.', rating: 4 });
}
