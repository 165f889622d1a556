import { Injectable } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Sharp } from 'sharp';
import { AppError } from '#contracts';

/** Accepted upload types (by their bytes, never by name or header) and what each is stored as. GIF keeps its first frame. */
const OUTPUT: Record<string, StoredType> = {
  'image/jpeg': { mimeType: 'image/jpeg', ext: 'jpg' },
  'image/png': { mimeType: 'image/png', ext: 'png' },
  'image/webp': { mimeType: 'image/webp', ext: 'webp' },
  'image/gif': { mimeType: 'image/png', ext: 'png' },
};

export const MAX_IMAGE_SIDE = 2048;
export const MAX_THUMBNAIL_SIDE = 320;

interface StoredType {
  mimeType: 'image/jpeg' | 'image/png' | 'image/webp';
  ext: 'jpg' | 'png' | 'webp';
}

export interface EncodedImage extends StoredType {
  bytes: Buffer;
  width: number;
  height: number;
}

export interface ProcessedImage {
  image: EncodedImage;
  thumbnail: EncodedImage;
}

/** Checks an upload is an image Parley accepts and re-encodes it: oriented, metadata stripped, bounded, with a thumbnail. */
@Injectable()
export class ImageProcessor {
  async process(input: Buffer, maxPixels: number): Promise<ProcessedImage> {
    const sniffed = await fileTypeFromBuffer(input);
    const type = sniffed ? OUTPUT[sniffed.mime] : undefined;
    if (!type) throw AppError.unsupportedMedia('file', 'must be a JPEG, PNG, WebP or GIF image');

    // The header alone says how large the image decodes; refuse before decoding it.
    const meta = await sharp(input)
      .metadata()
      .catch(() => null);
    if (!meta?.width || !meta.height) throw AppError.badInput('file', 'is not a readable image');
    const height = meta.pageHeight ?? meta.height;
    if (meta.width * height > maxPixels)
      throw AppError.tooLarge('file', `must be at most ${(maxPixels / 1e6).toLocaleString('en')} megapixels (this one is ${meta.width}×${height})`);

    try {
      // Output keeps no metadata (sharp drops EXIF, XMP and IPTC unless asked), so orientation is applied first.
      const decoded = sharp(input, { limitInputPixels: maxPixels, pages: 1, failOn: 'error' }).autoOrient();
      const image = await encode(decoded.resize(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, { fit: 'inside', withoutEnlargement: true }), type);
      const thumbnail = await encode(sharp(image.bytes).resize(MAX_THUMBNAIL_SIDE, MAX_THUMBNAIL_SIDE, { fit: 'inside', withoutEnlargement: true }), type);
      return { image, thumbnail };
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw AppError.badInput('file', 'is not a readable image');
    }
  }
}

async function encode(pipeline: Sharp, type: StoredType): Promise<EncodedImage> {
  const formatted =
    type.ext === 'jpg' ? pipeline.jpeg({ quality: 85 }) : type.ext === 'webp' ? pipeline.webp({ quality: 85 }) : pipeline.png({ compressionLevel: 8 });
  const { data, info } = await formatted.toBuffer({ resolveWithObject: true });
  return { ...type, bytes: data, width: info.width, height: info.height };
}
