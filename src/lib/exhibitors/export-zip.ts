// Packs an exported content folder (export.ts) into one zip download, with fflate (small,
// maintained, no native code) so an organiser gets the folder as it goes under content/.
import { zipSync, strToU8 } from 'fflate';
import type { ExportedFile } from './export';

/** The files as a zip archive; text files UTF-8, the image stored as is (JPEG is compressed already). */
export function zipExportedFiles(files: readonly ExportedFile[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const f of files) {
    entries[f.path] =
      typeof f.content === 'string' ? [strToU8(f.content), { level: 6 }] : [new Uint8Array(f.content), { level: 0 }];
  }
  return zipSync(entries);
}
