import fs from 'node:fs';
import zlib from 'node:zlib';

// Draws the toolbar icon (a white envelope on a blue rounded square) at each size the manifest uses, as PNG.
// Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed under public/icon/.

const BLUE = [29, 78, 216];

function pixel(x: number, y: number): [number, number, number, number] {
  // Coordinates in [0, 1]. Rounded square with radius 0.22.
  const r = 0.22;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return [0, 0, 0, 0];
  const inEnvelope = x > 0.2 && x < 0.8 && y > 0.3 && y < 0.7;
  const border = inEnvelope && (x < 0.26 || x > 0.74 || y < 0.36 || y > 0.64);
  const flap = inEnvelope && Math.abs(y - 0.3 - Math.abs(x - 0.5) * -0.7 - 0.2) < 0.04 && y < 0.55;
  return border || flap ? [255, 255, 255, 255] : [BLUE[0]!, BLUE[1]!, BLUE[2]!, 255];
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const samples = 4; // supersampling per axis, for smooth edges
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const p = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          for (let i = 0; i < 4; i++) sum[i]! += p[i]!;
        }
      for (let i = 0; i < 4; i++) row[1 + x * 4 + i] = Math.round(sum[i]! / samples ** 2);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) fs.writeFileSync(`public/icon/${size}.png`, png(size));
