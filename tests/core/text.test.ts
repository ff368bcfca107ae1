// Vietnamese text as it is matched and shown: one tone placement ("hoá" = "hóa"), diacritics folded
// for loose matching ("HOÀN THÀNH" = "hoàn thành" = "hoan thanh"), dashes and spaces of every kind
// made one. text.ts keeps compiled patterns, a fold cache and work rows between calls, so each test
// imports a fresh module (as mutation testing changes the code, a kept pattern would hide the change).
import { describe, expect, it, vi } from 'vitest';

async function text() {
  vi.resetModules();
  return import('../../src/core/text/text.ts');
}

/** The same text with its letters decomposed (as some PDFs and Macs give it). */
const nfd = (s: string): string => s.normalize('NFD');

describe('foldTonePlacement', () => {
  it('puts the tone of oa, oe, uy on the first vowel, with each of the five tones', async () => {
    const { foldTonePlacement } = await text();
    expect(foldTonePlacement('hoà')).toBe('hòa');
    expect(foldTonePlacement('hoá')).toBe('hóa');
    expect(foldTonePlacement('hoã')).toBe('hõa');
    expect(foldTonePlacement('toả')).toBe('tỏa');
    expect(foldTonePlacement('hoạ')).toBe('họa');
    expect(foldTonePlacement('khoẻ')).toBe('khỏe');
    expect(foldTonePlacement('thuỷ')).toBe('thủy');
    expect(foldTonePlacement('Uỷ ban')).toBe('Ủy ban');
  });

  it('changes every such syllable of a text, in capitals too', async () => {
    const { foldTonePlacement } = await text();
    expect(foldTonePlacement('Chuyển đổi số, số hoá, hoà nhập; thuỷ lợi, uỷ quyền')).toBe(
      'Chuyển đổi số, số hóa, hòa nhập; thủy lợi, ủy quyền',
    );
    expect(foldTonePlacement('SỐ HOÁ, KHOẺ, THUỶ')).toBe('SỐ HÓA, KHỎE, THỦY');
    expect(foldTonePlacement('Hoá')).toBe('Hóa');
  });

  it('leaves "qu" syllables (quý, QUÝ) and closed syllables (hoàng, toán, thuyết) alone', async () => {
    const { foldTonePlacement } = await text();
    expect(foldTonePlacement('quý I, QUÝ II, Quý III')).toBe('quý I, QUÝ II, Quý III');
    expect(foldTonePlacement('quả, Quả, QUẢ')).toBe('quả, Quả, QUẢ');
    expect(foldTonePlacement('hoàng, toán, thuyết, khoẻo')).toBe('hoàng, toán, thuyết, khoẻo');
  });

  it('gives NFC text, also from decomposed input', async () => {
    const { foldTonePlacement } = await text();
    expect(foldTonePlacement(nfd('Số hoá'))).toBe('Số hóa');
    expect(foldTonePlacement(nfd('Việt Nam'))).toBe('Việt Nam');
  });
});

describe('foldDashes', () => {
  it('makes every kind of dash a hyphen', async () => {
    const { foldDashes } = await text();
    expect(foldDashes('2020–2025 — giai đoạn ‒ I')).toBe('2020-2025 - giai đoạn - I');
    expect(foldDashes('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d')).toBe(
      '----------',
    );
    expect(foldDashes('Kế hoạch 57-NQ/TW')).toBe('Kế hoạch 57-NQ/TW');
  });
});

describe('collapseSpaces', () => {
  it('makes every run of spaces, tabs, line breaks and invisible spaces one space, trimmed', async () => {
    const { collapseSpaces } = await text();
    expect(collapseSpaces('  Phòng \t Văn hóa\n\nXã hội\u00a0\u00a0xã ')).toBe(
      'Phòng Văn hóa Xã hội xã',
    );
    expect(collapseSpaces('\ufeffUBND\u200bxã')).toBe('UBND xã');
    expect(collapseSpaces('a  b')).toBe('a b');
    expect(collapseSpaces(' \n ')).toBe('');
  });
});

describe('cleanText', () => {
  it('stores one spelling: NFC, one tone placement, single spaces; dashes kept', async () => {
    const { cleanText } = await text();
    expect(cleanText(nfd('  Uỷ ban  nhân dân – xã  '))).toBe('Ủy ban nhân dân – xã');
  });
});

describe('foldText', () => {
  it('folds case, diacritics, đ, dashes and spaces for loose matching', async () => {
    const { foldText } = await text();
    expect(foldText('Hoàn Thành')).toBe('hoan thanh');
    expect(foldText('HOÀN THÀNH ')).toBe('hoan thanh');
    expect(foldText(nfd('Đang thực hiện'))).toBe('dang thuc hien');
    expect(foldText('ĐẢNG ỦY đ')).toBe('dang uy d');
    expect(foldText('Chưa  thực\thiện')).toBe('chua thuc hien');
    expect(foldText('2020–2025')).toBe('2020-2025');
  });

  it('keeps punctuation and digits', async () => {
    const { foldText } = await text();
    expect(foldText('tháng 7/2025')).toBe('thang 7/2025');
    expect(foldText('Quý I (năm 2026).')).toBe('quy i (nam 2026).');
  });

  it('gives the same answer when asked again', async () => {
    const { foldText } = await text();
    expect(foldText('Hoàn thành')).toBe('hoan thanh');
    expect(foldText('Hoàn thành')).toBe('hoan thanh');
    expect(foldText('Đã hoàn thành')).toBe('da hoan thanh');
  });
});

describe('wordKey', () => {
  it('keeps only letters and digits, folded, one space between words', async () => {
    const { wordKey } = await text();
    expect(wordKey('VH-TT&TT')).toBe('vh tt tt');
    expect(wordKey(' Phòng  Kinh tế (UBND) ')).toBe('phong kinh te ubnd');
    expect(wordKey('Phòng NN&MT')).toBe('phong nn mt');
    expect(wordKey('--Công an--')).toBe('cong an');
    expect(wordKey('57-NQ/TW')).toBe('57 nq tw');
  });
});

describe('startsLowercase', () => {
  it('looks at the first letter, not the first character', async () => {
    const { startsLowercase } = await text();
    expect(startsLowercase('khoa học, công nghệ')).toBe(true);
    expect(startsLowercase('đổi số')).toBe(true);
    expect(startsLowercase('Khoa học')).toBe(false);
    expect(startsLowercase('Đổi mới')).toBe(false);
    expect(startsLowercase('1. ứng dụng')).toBe(true);
    expect(startsLowercase('1. Ứng dụng')).toBe(false);
    expect(startsLowercase('2026')).toBe(false);
    expect(startsLowercase('')).toBe(false);
  });

  it('counts only a lower-case letter: not a letter without case, nor a title-case one', async () => {
    const { startsLowercase } = await text();
    expect(startsLowercase('中文')).toBe(false);
    expect(startsLowercase('ǅ')).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts the single-letter edits between two texts', async () => {
    const { editDistance } = await text();
    expect(editDistance('kinh te', 'kinh tế')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('Phòng Văn hóa', 'Phòng Văn hoá')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('xã', 'xã')).toBe(0);
    expect(editDistance('ab', 'ba')).toBe(2);
    expect(editDistance('abc', 'xabc')).toBe(1);
    expect(editDistance('xabc', 'abc')).toBe(1);
    expect(editDistance('abxc', 'abc')).toBe(1);
    expect(editDistance('abc', 'abxc')).toBe(1);
    expect(editDistance('aab', 'abba')).toBe(2);
    expect(editDistance('Phòng Văn hóa', 'Phòng Văn hóa xã')).toBe(3);
  });

  it('answers limit + 1 once the distance is beyond the limit', async () => {
    const { editDistance } = await text();
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abc', 'abcdef', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abcd', 'wxyz', 0)).toBe(1);
    expect(editDistance('abcd', 'abcd', 0)).toBe(0);
  });

  it('measures texts longer than the ones measured before', async () => {
    const { editDistance } = await text();
    expect(editDistance('a', 'b')).toBe(1);
    expect(editDistance('x'.repeat(65), 'y'.repeat(65))).toBe(65);
    expect(editDistance('x'.repeat(200), 'x'.repeat(199) + 'y')).toBe(1);
    expect(editDistance('ab', 'ac')).toBe(1);
  });
});

describe('tidyPhrase', () => {
  it('drops bullets and stray punctuation at either end', async () => {
    const { tidyPhrase } = await text();
    expect(tidyPhrase('- Phòng Kinh tế ;')).toBe('Phòng Kinh tế');
    expect(tidyPhrase('tỷ lệ hồ sơ , .')).toBe('tỷ lệ hồ sơ');
    expect(tidyPhrase('• Tuyên truyền')).toBe('Tuyên truyền');
    expect(tidyPhrase('+ Tuyên truyền –')).toBe('Tuyên truyền');
    expect(tidyPhrase('* Công an xã:')).toBe('Công an xã');
    expect(tidyPhrase('— Văn phòng —')).toBe('Văn phòng');
    expect(tidyPhrase('., Văn phòng')).toBe('Văn phòng');
    expect(tidyPhrase('- Phòng Kinh tế: -')).toBe('Phòng Kinh tế');
  });

  it('puts one space between words, none before punctuation or after "("', async () => {
    const { tidyPhrase } = await text();
    expect(tidyPhrase('Phòng  Văn hóa\n- Xã hội')).toBe('Phòng Văn hóa - Xã hội');
    expect(tidyPhrase('( UBND xã )')).toBe('(UBND xã)');
    expect(tidyPhrase('Kinh tế ,  Văn hóa ; Công an .')).toBe('Kinh tế, Văn hóa; Công an');
    expect(tidyPhrase('Kinh tế,; Văn hóa,. Công an,, xã')).toBe('Kinh tế; Văn hóa. Công an, xã');
    expect(tidyPhrase('(UBND)  xã')).toBe('(UBND) xã');
  });

  it('keeps a bullet-like sign inside the phrase and a trailing ")" or "+"', async () => {
    const { tidyPhrase } = await text();
    expect(tidyPhrase('Phòng VH-XH (cơ quan chủ trì)')).toBe('Phòng VH-XH (cơ quan chủ trì)');
    expect(tidyPhrase('C++')).toBe('C++');
  });
});

describe('capitalise', () => {
  it('capitalises the first letter only', async () => {
    const { capitalise } = await text();
    expect(capitalise('phòng kinh tế')).toBe('Phòng kinh tế');
    expect(capitalise('đảng ủy')).toBe('Đảng ủy');
    expect(capitalise('')).toBe('');
  });
});

describe('memoByText', () => {
  it('works each distinct text out once, undefined answers included', async () => {
    const { memoByText } = await text();
    const asked: string[] = [];
    const length = memoByText((t: string) => {
      asked.push(t);
      return t === 'none' ? undefined : t.length;
    });
    expect([length('xã'), length('phường'), length('xã'), length('none'), length('none')]).toEqual([
      2,
      6,
      2,
      undefined,
      undefined,
    ]);
    expect(asked).toEqual(['xã', 'phường', 'none']);
  });

  it('forgets everything once it holds `max` texts', async () => {
    const { memoByText } = await text();
    const asked: string[] = [];
    const upper = memoByText((t: string) => {
      asked.push(t);
      return t.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a'), upper('c'), upper('c'), upper('a')]).toEqual([
      'A',
      'B',
      'A',
      'C',
      'C',
      'A',
    ]);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
