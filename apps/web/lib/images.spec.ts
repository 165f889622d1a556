import { describe, expect, it } from 'vitest';
import {
  MAX_PICTURES,
  fileName,
  filesOf,
  fitInside,
  formatBytes,
  gridColumns,
  overallProgress,
  pictureLabel,
  stepPicture,
  takePictures,
  uploadErrorText,
  uploadStatusText,
} from './images';

describe('takePictures', () => {
  it('takes all while they fit in the 10 a message can have', () => {
    expect(MAX_PICTURES).toBe(10);
    expect(takePictures(0, 10)).toEqual({ take: 10, leftOut: 0, message: null });
    expect(takePictures(7, 3)).toEqual({ take: 3, leftOut: 0, message: null });
  });

  it('takes what fits and says how many were left out', () => {
    expect(takePictures(0, 11)).toEqual({ take: 10, leftOut: 1, message: 'A message can have at most 10 pictures: 1 picture was left out.' });
    expect(takePictures(8, 5)).toEqual({ take: 2, leftOut: 3, message: 'A message can have at most 10 pictures: 3 pictures were left out.' });
    expect(takePictures(10, 1).take).toBe(0);
    expect(takePictures(12, 1)).toMatchObject({ take: 0, leftOut: 1 });
  });
});

describe('uploadErrorText', () => {
  it('names the size limit of a 413 from the gateway', () => {
    expect(uploadErrorText(413, { code: 'PAYLOAD_TOO_LARGE', message: 'file: must be at most 10485760 bytes' })).toBe(
      'Too large: a picture can be at most 10 MB.',
    );
    expect(uploadErrorText(413, { message: 'file: must be at most 40 megapixels (this one is 9000×9000)' })).toBe(
      'Too large: the picture must be at most 40 megapixels (this one is 9000×9000).',
    );
    expect(uploadErrorText(413, null)).toBe('Too large for the server.');
  });

  it('says what is wrong for a file that is no picture, a rate limit, an ended session, no answer', () => {
    expect(uploadErrorText(415, { message: 'file: must be a JPEG, PNG, WebP or GIF image' })).toBe(
      'Not a picture: Parley takes JPEG, PNG, WebP and GIF images.',
    );
    expect(uploadErrorText(429, {})).toBe('Too many uploads. Please wait a moment and try again.');
    expect(uploadErrorText(429, { code: 'RATE_LIMITED', message: 'too many requests; retry in 12 s', retryAfterSeconds: 12 })).toBe(
      'Too many uploads. Please wait 12 s and try again.',
    );
    expect(uploadErrorText(401, {})).toBe('Your session has ended. Please sign in again.');
    expect(uploadErrorText(0, null)).toMatch(/^Cannot reach the server/);
  });

  it("passes other errors on with the server's words, or its status", () => {
    expect(uploadErrorText(400, { message: ['file: is not a readable image.'] })).toBe('That picture did not work: it is not a readable image.');
    expect(uploadErrorText(500, 'not json')).toBe('That picture did not work: the server answered 500.');
  });
});

describe('formatBytes', () => {
  it('uses the unit people read', () => {
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(200 * 1024)).toBe('200 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});

describe('overallProgress and uploadStatusText', () => {
  it('weighs pictures by their bytes, counts finished ones whole and leaves failed ones out', () => {
    expect(
      overallProgress([
        { state: 'uploading', loaded: 50, total: 100 },
        { state: 'done', loaded: 0, total: 300 },
        { state: 'failed', loaded: 0, total: 1000 },
      ]),
    ).toBe(87);
    expect(overallProgress([{ state: 'uploading', loaded: 500, total: 100 }])).toBe(100);
    expect(overallProgress([{ state: 'uploading', loaded: -5, total: 0 }])).toBe(0);
    expect(overallProgress([])).toBe(100);
  });

  it('says how many are still uploading, or nothing when none is', () => {
    expect(uploadStatusText([{ state: 'uploading', loaded: 25, total: 100 }])).toBe('Uploading 1 picture… 25%');
    expect(
      uploadStatusText([
        { state: 'uploading', loaded: 0, total: 100 },
        { state: 'done', loaded: 100, total: 100 },
        { state: 'failed', loaded: 0, total: 100 },
      ]),
    ).toBe('Uploading 1 of 2 pictures… 50%');
    expect(uploadStatusText([{ state: 'done', loaded: 1, total: 1 }])).toBeNull();
  });
});

describe('fitInside', () => {
  it('scales down keeping the shape, never up', () => {
    expect(fitInside(1000, 500, 280, 280)).toEqual({ width: 280, height: 140 });
    expect(fitInside(300, 1200, 280, 280)).toEqual({ width: 70, height: 280 });
    expect(fitInside(100, 50, 280, 280)).toEqual({ width: 100, height: 50 });
    expect(fitInside(10000, 1, 280, 280)).toEqual({ width: 280, height: 1 });
    expect(fitInside(0, 0, 280, 200)).toEqual({ width: 280, height: 200 });
  });
});

describe('grid and viewer navigation', () => {
  it('lays one picture alone, two and four in pairs, the rest in threes', () => {
    expect([1, 2, 3, 4, 5, 10].map(gridColumns)).toEqual([1, 2, 3, 2, 3, 3]);
  });

  it('goes round at both ends', () => {
    expect(stepPicture(0, 1, 3)).toBe(1);
    expect(stepPicture(2, 1, 3)).toBe(0);
    expect(stepPicture(0, -1, 3)).toBe(2);
    expect(stepPicture(0, 1, 1)).toBe(0);
    expect(stepPicture(0, 1, 0)).toBe(0);
  });
});

describe('pictureLabel', () => {
  it('numbers pictures among several and adds the caption, shortened', () => {
    expect(pictureLabel(0, 1, null)).toBe('Picture');
    expect(pictureLabel(1, 3, '  Beach day ')).toBe('Picture 2 of 3: Beach day');
    expect(pictureLabel(0, 2, 'x'.repeat(200))).toBe(`Picture 1 of 2: ${'x'.repeat(119)}…`);
  });
});

describe('filesOf and fileName', () => {
  const file = (name: string, type: string) => new File([new Uint8Array([1, 2, 3])], name, { type });

  it('keeps only images when asked (a paste), everything otherwise (the server judges a drop)', () => {
    const files = [file('a.png', 'image/png'), file('notes.txt', 'text/plain')];
    expect(filesOf(files, true).map((f) => f.name)).toEqual(['a.png']);
    expect(filesOf(files, false).map((f) => f.name)).toEqual(['a.png', 'notes.txt']);
  });

  it('names a pasted picture that has no name after its type', () => {
    expect(fileName({ name: '', type: 'image/jpeg' }, 0)).toBe('pasted-1.jpg');
    expect(fileName({ name: '', type: 'image/heic' }, 2)).toBe('pasted-3.png');
    expect(fileName({ name: 'cat.webp', type: 'image/webp' }, 0)).toBe('cat.webp');
  });
});
