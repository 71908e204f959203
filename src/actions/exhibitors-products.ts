// Exhibitors' products: create, save (a draft, or a new draft beside the approved one), add an
// image with alt text (one image per request, so a post stays under the 6 MiB upload cap), submit,
// withdraw. The product's own organisation decides access, never an id in the form.
import { defineAction, type ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { addProductImage } from '~/lib/exhibitors/portal.server';
import { productFormFields, productInputFromForm } from '~/lib/exhibitors/product-form';
import { createProduct, editProduct, submitProduct, withdrawProduct } from '~/lib/exhibitors/products.server';
import { asAction } from '~/lib/exhibitors/refusal';
import { showcaseVocabulary } from '~/lib/showcase/catalogue.server';
import { appError } from '~/lib/server/app-error';
import { askerOf, fileBytes } from './exhibitors-context';

type Ctx = ActionAPIContext;
const id = z.string().min(1).max(64);

export const createInput = z.object({ organisationId: id, ...productFormFields }).strict();
export const saveInput = z.object({ productId: id, ...productFormFields }).strict();
export const imageInput = z
  .object({
    productId: id,
    image: z.instanceof(File),
    altVi: z.string().max(400).optional(),
    altEn: z.string().max(400).optional(),
  })
  .strict();
export const productIdInput = z.object({ productId: id }).strict();

/** Creates a product with a first draft; returns its id. */
export async function create(input: z.output<typeof createInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  const vocabulary = await showcaseVocabulary();
  const { organisationId, ...form } = input;
  return asAction(lang, () => createProduct(actor, organisationId, productInputFromForm(form), vocabulary));
}

/** Saves the product's fields as its draft. */
export async function save(input: z.output<typeof saveInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  const vocabulary = await showcaseVocabulary();
  const { productId, ...form } = input;
  return asAction(lang, () => ({ revisionId: editProduct(actor, productId, productInputFromForm(form), vocabulary) }));
}

/** Uploads one image (checked by content, re-encoded) and adds it with its alt text to the draft. */
export async function addImage(input: z.output<typeof imageInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  const vocabulary = await showcaseVocabulary();
  const bytes = await fileBytes(input.image, lang);
  const alt = { vi: input.altVi ?? '', en: input.altEn ?? '' };
  const stored = await asAction(lang, () => addProductImage(actor, input.productId, bytes, alt, vocabulary));
  if (!stored.ok) throw appError(stored.error, lang, { fields: { image: appError(stored.error, lang).message } });
  return { imageId: stored.id };
}

/** Sends the draft to the organisers' queue. */
export function submit(input: z.output<typeof productIdInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  return asAction(lang, () => ({ revisionId: submitProduct(actor, input.productId) }));
}

/** Takes the product out of the showcase (and its pending revision out of the queue). */
export function withdraw(input: z.output<typeof productIdInput>, context: Ctx) {
  const { actor, lang } = askerOf(context);
  return asAction(lang, () => {
    withdrawProduct(actor, input.productId);
    return { withdrawn: true };
  });
}

export const productActions = {
  createProduct: defineAction({ accept: 'form', input: createInput, handler: create }),
  saveProduct: defineAction({ accept: 'form', input: saveInput, handler: save }),
  addImage: defineAction({ accept: 'form', input: imageInput, handler: addImage }),
  submitProduct: defineAction({ accept: 'form', input: productIdInput, handler: submit }),
  withdrawProduct: defineAction({ accept: 'form', input: productIdInput, handler: withdraw }),
};
