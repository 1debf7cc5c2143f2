import QRCode from 'qrcode';
import { formatCode } from './codes';

/** The link that opens /join with the class code filled in. */
export function joinUrl(baseUrl: string, joinCode: string): string {
  const url = new URL('/join', baseUrl);
  url.searchParams.set('code', formatCode(joinCode));
  return url.toString();
}

/**
 * A QR code of `text` as one SVG path in a `size`×`size` square of modules (a quiet zone of 4 included), so the
 * page draws it with plain JSX: no script, no image request. Error correction M: readable from the back of a
 * classroom with a projector's glare.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * quiet, d: parts.join('') };
}
