// The one pdfmake printer every PDF document uses: Roboto, and no file or URL read beyond its four font files.
import { createRequire } from 'node:module';

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Uint8Array> };
}

const require = createRequire(import.meta.url);
let pdfmake: PdfMake | null = null;

function printer(): PdfMake {
  if (!pdfmake) {
    pdfmake = require('pdfmake') as PdfMake;
    const fonts = require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>;
    const allowed = new Set(Object.values(fonts).flatMap((f) => Object.values(f)));
    pdfmake.setFonts(fonts);
    // No image or font is ever fetched: the document reads the four Roboto files and nothing else.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  }
  return pdfmake;
}

/** The bytes of a pdfmake document definition. */
export function renderPdf(doc: Record<string, unknown>): Promise<Uint8Array> {
  return printer().createPdf(doc).getBuffer();
}
