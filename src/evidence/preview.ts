// A small JPEG of a serial-label photo for the staff message; the original is kept untouched.
// sharp (libvips, some 25 MB resident) is loaded with the first preview, not with the bot.

export const PREVIEW_PIXELS = 480;

/** At most 480 px on the long side, turned upright as the camera's EXIF orientation says. */
export async function makePreview(image: Buffer): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp(image, { failOn: 'error', limitInputPixels: 100_000_000 })
    .rotate()
    .resize({ width: PREVIEW_PIXELS, height: PREVIEW_PIXELS, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 75, mozjpeg: true })
    .toBuffer();
}
