// The number of pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree
// nodes). Enough for the PDFs Chromium writes, whose page dictionaries are not compressed.
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
