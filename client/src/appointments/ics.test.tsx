import { expect, test } from 'vitest';
import { formatDuration } from '../i18n/format';
import { toIcs } from './ics';

const event = {
  uid: '3f1c-id@absher',
  startsAt: '2026-12-06T05:30:00.000Z',
  endsAt: '2026-12-06T06:00:00.000Z',
  summary: 'موعد أبشر: إصدار جواز سفر أو تجديده (حضورياً)، مع الأوراق; كاملة',
  location: 'إدارة الجوازات، حي العليا، الرياض',
  description: 'احضر قبل الموعد بعشر دقائق ومعك هويتك.\nثم انتظر دورك.',
};

test('an appointment as RFC 5545: CRLF lines of at most 75 octets, escaped text, UTC times', () => {
  const ics = toIcs(event, new Date('2026-12-01T08:00:00Z'));
  const lines = ics.split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  // Octets, not characters, are counted: the Arabic summary (two octets a letter) takes several lines.
  expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThanOrEqual(2);
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded).toContain('DTSTART:20261206T053000Z\r\n');
  expect(unfolded).toContain('DTEND:20261206T060000Z\r\n');
  expect(unfolded).toContain('DTSTAMP:20261201T080000Z\r\n');
  expect(unfolded).toContain('SUMMARY:موعد أبشر: إصدار جواز سفر أو تجديده (حضورياً)، مع الأوراق\\; كاملة\r\n');
  expect(unfolded).toContain('DESCRIPTION:احضر قبل الموعد بعشر دقائق ومعك هويتك.\\nثم انتظر دورك.\r\n');
  expect(unfolded).toContain('UID:3f1c-id@absher\r\n');
});

test('a span of days as a person says it: exact under two months, then about months or years', () => {
  expect(formatDuration(45, 'en')).toEqual({ text: '45 days', approximate: false });
  expect(formatDuration(-45, 'en')).toEqual({ text: '45 days', approximate: false });
  expect(formatDuration(200, 'en')).toEqual({ text: '7 months', approximate: true });
  expect(formatDuration(2950, 'en')).toEqual({ text: '8 years', approximate: true });
  expect(formatDuration(2950, 'ar').text).toBe('8 سنوات');
  expect(formatDuration(817, 'ar').text).toBe('سنتان');
});
