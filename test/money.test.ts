/**
 * Exact money: parsing (numbers and plain decimal strings only), plain formatting, local
 * formatting, and display division checked against decimal.js.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { amountValue, compare, divideForDisplay, formatAmount, lt, lte, Money, parseAmount, plain } from '../src/money.js';

const D = Decimal.clone({ precision: 100 });

describe('parseAmount', () => {
  it.each(
    [
      [1500000, '1500000'],
      ['1500000', '1500000'],
      ['1999999.99', '1999999.99'],
      ['0', '0'],
      [0, '0'],
      [-0, '0'],
      ['0.5', '0.5'],
      ['1.50', '1.5'],
      ['1.5000', '1.5'],
      ['1.5001', '1.5001'],
      ['1111.500', '1111.5'], // four integer digits: not a thousands group, so a decimal point
      [0.1, '0.1'],
      ['123456789012345678901234567890.123456789', '123456789012345678901234567890.123456789'],
    ].map(([input, expected]) => [typeof input === 'string' ? JSON.stringify(input) : Object.is(input, -0) ? '-0' : String(input), expected, input] as const),
  )('%s → %s', (_name, expected, input) => {
    const parsed = parseAmount(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(plain(parsed.value)).toBe(expected);
  });

  it.each(
    [
      ['1.500.000', 'invalid_amount'],
      ['1,500,000', 'invalid_amount'],
      ['1 500 000', 'invalid_amount'],
      ['1\u00a0500\u00a0000', 'invalid_amount'],
      ['1.500', 'ambiguous_amount'],
      ['12.000', 'ambiguous_amount'],
      ['999.999', 'ambiguous_amount'],
      [Number.NaN, 'invalid_amount'],
      [Number.POSITIVE_INFINITY, 'invalid_amount'],
      [-1, 'invalid_amount'],
      ['', 'invalid_amount'],
      ['-5', 'invalid_amount'],
      ['1e6', 'invalid_amount'],
      ['1E6', 'invalid_amount'],
      ['0150', 'invalid_amount'],
      ['+1', 'invalid_amount'],
      ['1.', 'invalid_amount'],
      ['.1', 'invalid_amount'],
      ['1_000', 'invalid_amount'],
      ['١٢٣', 'invalid_amount'],
      ['1'.repeat(41), 'invalid_amount'],
      [true, 'invalid_amount'],
      [null, 'invalid_amount'],
      [undefined, 'invalid_amount'],
      [10n, 'invalid_amount'],
    ].map(
      ([input, code]) => [typeof input === 'string' ? JSON.stringify(input) : typeof input === 'bigint' ? `${input}n` : String(input), code, input] as const,
    ),
  )('%s → %s', (_name, code, input) => {
    const parsed = parseAmount(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.code).toBe(code as string);
      expect(parsed.message.length).toBeGreaterThan(10);
    }
  });

  // The message tells the person who typed the amount what is wrong and how to write it.
  const HOW = 'write it as a number or a plain decimal string such as 1500000 or "1500000.50" (no thousands separators, no currency)';
  it.each(
    [
      ['1.500.000', 'amount "1.500.000" uses thousands separators; write "1500000" instead'],
      ['1,500,000', 'amount "1,500,000" uses thousands separators; write "1500000" instead'],
      ['1,500,000.25', 'amount "1,500,000.25" uses thousands separators; write "1500000.25" instead'],
      ['12,345', 'amount "12,345" uses thousands separators; write "12345" instead'],
      ['1 500 000', 'amount "1 500 000" uses thousands separators; write "1500000" instead'],
      ['12\u00a0345', 'amount "12\u00a0345" uses thousands separators; write "12345" instead'],
      ['x1,500,000', `amount "x1,500,000" is not a plain decimal amount; ${HOW}`],
      ['1,500,000x', `amount "1,500,000x" is not a plain decimal amount; ${HOW}`],
      ['x1 500', `amount "x1 500" is not a plain decimal amount; ${HOW}`],
      ['1 500x', `amount "1 500x" is not a plain decimal amount; ${HOW}`],
      ['1.500', 'amount "1.500" looks like Vietnamese thousands grouping; dots are decimal points here. Write "1500" for 1500 đồng'],
      ['999.999', 'amount "999.999" looks like Vietnamese thousands grouping; dots are decimal points here. Write "999999" for 999999 đồng'],
      [Number.NaN, `amount must be a finite number; ${HOW}`],
      [Number.NEGATIVE_INFINITY, `amount must be a finite number; ${HOW}`],
      [-1, `amount must not be negative; ${HOW}`],
      ['', `amount is an empty string; ${HOW}`],
      ['-5', `amount must not be negative; ${HOW}`],
      ['1e6', `amount "1e6" is not a plain decimal amount; ${HOW}`],
      ['0150', `amount "0150" has leading zeros; ${HOW}`],
      ['01.5', `amount "01.5" has leading zeros; ${HOW}`],
      ['01.55', `amount "01.55" has leading zeros; ${HOW}`],
      ['01x', `amount "01x" is not a plain decimal amount; ${HOW}`],
      ['01.5x', `amount "01.5x" is not a plain decimal amount; ${HOW}`],
      ['1'.repeat(41), `amount is longer than 40 characters; ${HOW}`],
      ['-' + '1'.repeat(39), `amount must not be negative; ${HOW}`],
      ['x'.repeat(40), `amount "${'x'.repeat(40)}" is not a plain decimal amount; ${HOW}`],
      [true, `amount must be a number or a string, got a boolean; ${HOW}`],
      [null, `amount must be a number or a string, got null; ${HOW}`],
      [undefined, `amount must be a number or a string, got undefined; ${HOW}`],
      [[1], `amount must be a number or a string, got an array; ${HOW}`],
      [{}, `amount must be a number or a string, got an object; ${HOW}`],
      [10n, `amount must be a number or a string, got a bigint; ${HOW}`],
    ].map(
      ([input, message]) =>
        [
          typeof input === 'string' ? JSON.stringify(input) : typeof input === 'bigint' ? `${input}n` : (JSON.stringify(input) ?? String(input)),
          message,
          input,
        ] as const,
    ),
  )('%s → "%s"', (_name, message, input) => {
    const parsed = parseAmount(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toBe(message);
  });

  it('names the field and the unit it is given', () => {
    const parsed = parseAmount('1.500', 'income.householdMonthly', 'VND');
    expect(parsed).toMatchObject({ ok: false, code: 'ambiguous_amount' });
    if (!parsed.ok)
      expect(parsed.message).toBe(
        'income.householdMonthly "1.500" looks like Vietnamese thousands grouping; dots are decimal points here. Write "1500" for 1500 VND',
      );
  });

  it('"1.5" and "1.50" are plain decimals, not thousands groups (only exactly 3 digits after a dot is ambiguous)', () => {
    expect(parseAmount('1.5').ok).toBe(true);
    expect(parseAmount('1.5000').ok).toBe(true);
    expect(parseAmount('0.500').ok).toBe(true);
  });

  it('accepts every non-negative plain decimal string up to 40 characters, exactly', () => {
    const digits = fc.stringMatching(/^(0|[1-9][0-9]{0,19})(\.[0-9]{1,12})?$/);
    fc.assert(
      fc.property(digits, (text) => {
        const parsed = parseAmount(text);
        if (/^[1-9]\d{0,2}\.\d{3}$/.test(text)) {
          expect(parsed.ok).toBe(false);
          return;
        }
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value.eq(new D(text).toFixed())).toBe(true);
      }),
    );
  });

  it('the private Money clone does not change global Decimal settings', () => {
    const before = Decimal.precision;
    new Money('1').div(3);
    expect(Decimal.precision).toBe(before);
    expect(Money.precision).toBeGreaterThanOrEqual(40);
  });
});

describe('amountValue', () => {
  it('fc: builds exactly the decimal decimal.js builds from the string (digits, exponent and sign), and accepts exactly what parseAmount accepts', () => {
    const same = (a: Money, b: Money) => expect({ d: a.d, e: a.e, s: a.s }).toEqual({ d: b.d, e: b.e, s: b.s });
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 9_999_999 }), fc.nat({ max: 99_999 }), fc.bigInt({ min: 0n, max: 10n ** 20n })), (n) => {
        const text = String(n);
        const value = amountValue(text)!;
        same(value, new Money(text));
        expect(plain(value)).toBe(text);
      }),
      { numRuns: 2000 },
    );
    for (const text of ['0', '7', '1000000', '9999999', '10000000', '1500000.5', '0.0001']) same(amountValue(text)!, new Money(text));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constantFrom('1.500', '1.500.000', '007', '-1', '', ' 1', '1e6')), (input) => {
        const parsed = parseAmount(input);
        expect(amountValue(input) !== undefined).toBe(parsed.ok);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('plain and formatAmount', () => {
  it('Money never writes exponent notation, even through toString', () => {
    expect(String(new Money('1e-50'))).toBe(`0.${'0'.repeat(49)}1`);
    expect(String(new Money('1e50'))).toBe(`1${'0'.repeat(50)}`);
  });

  it('plain never uses exponent notation', () => {
    expect(plain(new Money('1e30'))).toBe('1000000000000000000000000000000');
    expect(plain(new Money('0.0000000001'))).toBe('0.0000000001');
  });

  it.each([
    ['1500000', 'vi', '1.500.000'],
    ['1500000', 'en', '1,500,000'],
    ['1125000.25', 'vi', '1.125.000,25'],
    ['1125000.25', 'en', '1,125,000.25'],
    ['999', 'vi', '999'],
    ['1000', 'en', '1,000'],
    ['0.5', 'vi', '0,5'],
  ] as const)('%s (%s) → %s', (value, locale, expected) => {
    expect(formatAmount(value, locale)).toBe(expected);
  });
});

describe('divideForDisplay', () => {
  it.each([
    ['4500000', 3, '1500000', true],
    ['4500001', 3, '1500000.3333', false],
    ['4500002', 3, '1500000.6667', false],
    ['54000001', 36, '1500000.0278', false],
    ['31.99', 4, '7.9975', true],
    ['2', 3, '0.6667', false],
    ['1', 8, '0.125', true],
    ['0', 7, '0', true],
    ['9.99995', 1, '9.99995', true],
    ['99999.99999', 3, '33333.33333', true],
    ['100000', 3, '33333.3333', false],
    ['0.00005', 3, '0.0000', false],
    ['0.00016', 3, '0.0001', false],
    ['0.00015', 3, '0.00005', true],
    ['0.00015', 1, '0.00015', true],
    ['3.000', 3, '1', true],
    ['1', 2 ** 20, '0.00000095367431640625', true],
    ['1', 2 ** 21, '0.0000', false],
    ['1.000000000000000000001', 2, '0.5000000000000000000005', true],
    // Integer parts of 15 digits (a double holds them) and of 16 and more (digit by digit).
    ['999999999999999', 7, '142857142857142.7143', false],
    ['999999999999998', 2, '499999999999999', true],
    ['1000000000000000', 3, '333333333333333.3333', false],
    ['123456789012345678901234567890', 2400, '51440328755144032875514403.2875', true],
    ['123456789012345678901234567891', 2400, '51440328755144032875514403.2879', false],
    ['2400', 2400, '1', true],
    ['2399', 2400, '0.9996', false],
  ] as const)('%s ÷ %i → %s (exact %s)', (numerator, divisor, value, exact) => {
    expect(divideForDisplay(numerator, divisor)).toEqual({ value, exact });
  });

  it('keeps every digit of a numerator with more than 24 decimal places', () => {
    expect(divideForDisplay('1.000000000000000000000000000002', 2)).toEqual({ value: '0.500000000000000000000000000001', exact: true });
    expect(divideForDisplay('0.000000000000000000000000000003', 3)).toEqual({ value: '0.000000000000000000000000000001', exact: true });
    expect(divideForDisplay('1.000000000000000000000000000001', 3)).toEqual({ value: '0.3333', exact: false });
  });

  it("agrees with decimal.js: exact quotient when it terminates within 20 places beyond the numerator's, else half-up to 4 places", () => {
    // Up to 40 characters, as amounts may have: up to 15 integer digits and 30 decimal places.
    const numerator = fc
      .tuple(fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 30n })), fc.oneof(fc.nat({ max: 4 }), fc.nat({ max: 24 })))
      .map(([n, scale]) => new D(n.toString()).div(new D(10).pow(scale)).toFixed());
    fc.assert(
      fc.property(numerator, fc.integer({ min: 1, max: 2400 }), (text, divisor) => {
        const quotient = new D(text).div(divisor);
        const places = (text.split('.')[1] ?? '').length + 20;
        const exact = quotient.toDecimalPlaces(places).times(divisor).eq(text);
        const result = divideForDisplay(text, divisor);
        expect(result.exact).toBe(exact);
        expect(result.value).toBe(exact ? quotient.toFixed() : quotient.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4));
      }),
      { numRuns: 1000 },
    );
  });
});

/** Decimals as amounts have them: whole numbers (with trailing zeros), fractions, zero, huge. */
const decimalText = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.nat({ max: 14 })).map(([digits, zeros]) => `${digits}${'0'.repeat(zeros)}`),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat({ max: 24 })).map(([n, scale]) => new D(n.toString()).div(new D(10).pow(scale)).toFixed()),
  fc.constantFrom('0', '1', '1500000', '1500000.01', '10000000', '100000000000000', '999999999999999', '1000000000000000', '0.0000001'),
);

describe('plain (fast path for whole amounts)', () => {
  it('writes what decimal.js toFixed writes, for every amount', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const value = new Money(text);
        expect(plain(value)).toBe(value.toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['0', '7', '1500000', '10000000', '15000000', '123456789012345', '999999999999999', '1000000000000000', '20000000000000000000', '1500000.5'])(
    '%s',
    (text) => {
      expect(plain(new Money(text))).toBe(text);
    },
  );
});

describe('compare, lte, lt (exact, without copying)', () => {
  it('orders amounts as decimal.js does', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (x, y) => {
        const a = new Money(x);
        const b = new Money(y);
        expect(Math.sign(compare(a, b))).toBe(a.cmp(b));
        expect(lte(a, b)).toBe(a.lte(b));
        expect(lt(a, b)).toBe(a.lt(b));
        expect(compare(a, a)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('negative values and infinities too: the order of decimal.js cmp, as documented', () => {
    const signed = fc.oneof(
      fc.tuple(decimalText, fc.boolean()).map(([text, negative]) => new Money(negative ? `-${text}` : text)),
      fc.constantFrom(new Money(Infinity), new Money(-Infinity), new Money('-0'), new Money('-1500000.01')),
    );
    fc.assert(
      fc.property(signed, signed, (a, b) => {
        expect(Math.sign(compare(a, b))).toBe(a.cmp(b));
        expect(lte(a, b)).toBe(a.lte(b));
        expect(lt(a, b)).toBe(a.lt(b));
      }),
      { numRuns: 2000 },
    );
    expect(compare(new Money('-1500000.01'), new Money('-1500000'))).toBeLessThan(0);
    expect(compare(new Money('-2'), new Money('1'))).toBeLessThan(0);
    expect(compare(new Money('1'), new Money('-2'))).toBeGreaterThan(0);
    expect(compare(new Money(Infinity), new Money('1e30'))).toBeGreaterThan(0);
  });

  it('one hundredth of a đồng either side of a line, and equal values written differently', () => {
    const line = new Money('1500000');
    expect(lte(new Money('1500000.00'), line)).toBe(true);
    expect(lte(new Money('1500000.01'), line)).toBe(false);
    expect(lt(new Money('1499999.99'), line)).toBe(true);
    expect(compare(new Money(1500000), new Money('1500000.000'))).toBe(0);
    expect(compare(new Money('0'), new Money('0.000'))).toBe(0);
    expect(compare(new Money('0'), new Money('0.0000001'))).toBeLessThan(0);
    expect(compare(new Money('-1'), new Money('0'))).toBeLessThan(0);
  });
});

describe('parseAmount fast path', () => {
  it('gives the same decimal as decimal.js parsing the string, digit for digit', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const parsed = parseAmount(text);
        if (/^[1-9]\d{0,2}\.\d{3}$/.test(text)) {
          expect(parsed).toMatchObject({ ok: false, code: 'ambiguous_amount' });
          return;
        }
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const reference = new Money(text);
        expect([parsed.value.s, parsed.value.e, parsed.value.d]).toEqual([reference.s, reference.e, reference.d]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('divideForDisplay (integer fast path)', () => {
  it('agrees with decimal.js for whole numerators below 10^15 and divisors up to and beyond 2^20', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
        fc.oneof(fc.integer({ min: 1, max: 2400 }), fc.integer({ min: 1, max: 2 ** 22 }), fc.constantFrom(2 ** 20, 2 ** 19 * 5, 5 ** 8, 2 ** 21)),
        (n, divisor) => {
          const text = n.toString();
          const quotient = new D(text).div(divisor);
          const exact = quotient.toDecimalPlaces(20).times(divisor).eq(text);
          const result = divideForDisplay(text, divisor);
          expect(result.exact).toBe(exact);
          expect(result.value).toBe(exact ? quotient.toFixed() : quotient.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('rounds 0.99995 up into the integer part: 19999 ÷ 20000 → exact; 199999 ÷ 200001 → 1.0000', () => {
    expect(divideForDisplay('19999', 20000)).toEqual({ value: '0.99995', exact: true });
    expect(divideForDisplay('199999', 200001)).toEqual({ value: '1.0000', exact: false });
    expect(divideForDisplay('2999999', 3)).toEqual({ value: '999999.6667', exact: false });
  });
});
