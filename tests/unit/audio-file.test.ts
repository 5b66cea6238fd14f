/**
 * Recorded readings (issue 19) are checked like photos: by name (mp3/m4a), size (not empty, at
 * most 60 MB) and first bytes, by the content validation (file next to the content) with a Dutch
 * message naming the file and field, and by the CMS backend (tests/unit/cms-local-backend.test.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIO_MAX_BYTES, audioFileProblem, audioNameProblem, audioType, looksLikeAudio } from '../../src/lib/audio-file';
import { validateEntry } from '../../src/lib/content-validation';
import { MAGAZINE } from '../magazine';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-audio-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const real = path.join(MAGAZINE, 'media', 'gezond-de-winter-door.mp3');
const write = (name: string, bytes: Buffer | string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, bytes);
  return f;
};

describe('audio files', () => {
  it('names: mp3 and m4a only', () => {
    expect(audioNameProblem('opname.mp3')).toBeUndefined();
    expect(audioNameProblem('Opname.M4A')).toBeUndefined();
    expect(audioNameProblem('opname.wav')).toMatch(/"opname\.wav" is geen opname \(mp3 of m4a\)/);
    expect(audioNameProblem('opname.mp3.html')).toMatch(/geen opname/);
    expect(audioType('x.mp3')).toBe('audio/mpeg');
    expect(audioType('x.m4a')).toBe('audio/mp4');
  });

  it('contents: a real MP3 and an M4A header pass; text, a photo, empty and too big do not', () => {
    expect(audioFileProblem(real, 'gezond.mp3')).toBeUndefined();
    const m4a = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypM4A \0\0\0\0')]);
    expect(looksLikeAudio(m4a)).toBe(true);
    expect(audioFileProblem(write('nep.mp3', '<script>alert(1)</script>'), 'nep.mp3')).toMatch(/"nep\.mp3" heet een opname maar is het niet/);
    expect(audioFileProblem(write('foto.mp3', fs.readFileSync(path.join(MAGAZINE, 'media', 'boekenkast.jpg'))), 'foto.mp3')).toMatch(/heet een opname maar is het niet/);
    expect(audioFileProblem(write('leeg.m4a', ''), 'leeg.m4a')).toMatch(/"leeg\.m4a" is leeg/);
    const big = path.join(dir, 'groot.mp3');
    fs.copyFileSync(real, big);
    fs.truncateSync(big, AUDIO_MAX_BYTES + 1);
    expect(audioFileProblem(big, 'groot.mp3')).toMatch(/"groot\.mp3" is te groot \(60 MB, de grens is 60 MB\)/);
  });

  it('the content validation names the file and the field, in Dutch', () => {
    const source = fs.readFileSync(path.join(MAGAZINE, 'artikelen', 'gezond-de-winter-door.md'), 'utf8');
    const file = path.join(MAGAZINE, 'artikelen', 'gezond-de-winter-door.md');
    expect(validateEntry('artikelen', 'content/artikelen/gezond-de-winter-door.md', source, file).problems).toEqual([]);
    const cases: Array<[string, RegExp]> = [
      ['../media/weg.mp3', /de opname "\.\.\/media\/weg\.mp3" bestaat niet/],
      ['../media/boekenkast.jpg', /"\.\.\/media\/boekenkast\.jpg" is geen opname \(mp3 of m4a\)/],
      ['https://example.com/opname.mp3', /is geen opname uit de mediabibliotheek/],
    ];
    for (const [value, message] of cases) {
      const { problems } = validateEntry('artikelen', 'content/artikelen/gezond-de-winter-door.md', source.replace('opname: ../media/gezond-de-winter-door.mp3', `opname: ${value}`), file);
      expect(problems.map((p) => `${p.field}: ${p.message}`).join('\n'), value).toMatch(new RegExp(`opname: .*${message.source}`));
    }
  });
});
