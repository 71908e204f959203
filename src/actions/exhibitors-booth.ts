// At the booth and from the showcase: staff record a lead by ticket code (scanned or typed), a
// signed-in delegate sends an enquiry about a product (rate-limited, email shared only if ticked).
import { defineAction, type ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { createEnquiry } from '~/lib/exhibitors/enquiries.server';
import { recordLead } from '~/lib/exhibitors/leads.server';
import { asAction } from '~/lib/exhibitors/refusal';
import { TICKET_INPUT_MAX } from '~/lib/tickets/tickets';
import { askerOf } from './exhibitors-context';

type Ctx = ActionAPIContext;

export const leadInput = z
  .object({
    organisationId: z.string().min(1).max(64),
    ticketCode: z.string().max(TICKET_INPUT_MAX).optional(),
    note: z.string().max(4000).optional(),
    rating: z.number().optional(),
  })
  .strict();
export const enquiryInput = z
  .object({ productId: z.string().min(1).max(64), message: z.string().max(8000).optional(), shareEmail: z.boolean() })
  .strict();

/** Records (or updates) the lead of the delegate whose ticket was scanned at the booth. */
export function lead(input: z.output<typeof leadInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  return asAction(lang, () =>
    recordLead(actor, input.organisationId, {
      ticketCode: input.ticketCode ?? '',
      note: input.note ?? '',
      rating: input.rating ?? null,
    }),
  );
}

/** Sends an enquiry about an approved product to its exhibitor. */
export function enquire(input: z.output<typeof enquiryInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  return asAction(lang, async () => ({
    id: await createEnquiry(actor, {
      productId: input.productId,
      message: input.message ?? '',
      shareEmail: input.shareEmail,
    }),
  }));
}

export const boothActions = {
  recordLead: defineAction({ accept: 'form', input: leadInput, handler: lead }),
  sendEnquiry: defineAction({ accept: 'form', input: enquiryInput, handler: enquire }),
};
