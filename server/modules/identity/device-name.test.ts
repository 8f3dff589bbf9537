import { describe, expect, it } from 'vitest';
import { Language } from '../../shared/i18n';
import { deviceName } from './device-name';

const UA = {
  chromeLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  headlessChromium: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  edgeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  safariIphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  chromeIphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  samsungAndroid: 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  operaWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0',
  chromebook: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  firefoxIpad: 'Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
};

describe('deviceName', () => {
  it('names the browser and the system, in English and Arabic', () => {
    expect(deviceName(UA.chromeLinux, Language.EN)).toBe('Chrome on Linux');
    expect(deviceName(UA.chromeLinux, Language.AR)).toBe('كروم على لينكس');
    expect(deviceName(UA.safariIphone, Language.AR)).toBe('سفاري على آي أو إس');
  });

  it('tells apart the browsers that also call themselves Chrome or Safari', () => {
    expect(deviceName(UA.edgeWindows, Language.EN)).toBe('Edge on Windows');
    expect(deviceName(UA.operaWindows, Language.EN)).toBe('Opera on Windows');
    expect(deviceName(UA.samsungAndroid, Language.EN)).toBe('Samsung Internet on Android');
    expect(deviceName(UA.chromeAndroid, Language.EN)).toBe('Chrome on Android');
    expect(deviceName(UA.chromeIphone, Language.EN)).toBe('Chrome on iOS');
    expect(deviceName(UA.firefoxIpad, Language.EN)).toBe('Firefox on iOS');
    expect(deviceName(UA.safariMac, Language.EN)).toBe('Safari on macOS');
    expect(deviceName(UA.firefoxWindows, Language.EN)).toBe('Firefox on Windows');
    expect(deviceName(UA.chromebook, Language.EN)).toBe('Chrome on ChromeOS');
    // Headless Chromium (the test suite's browser) is Chrome all the same.
    expect(deviceName(UA.headlessChromium, Language.EN)).toBe('Chrome on Linux');
  });

  it('says what it can when it knows only one of the two, and "Unknown device" when it knows neither', () => {
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) SomeKiosk/1.0', Language.EN)).toBe('A browser on Linux');
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) SomeKiosk/1.0', Language.AR)).toBe('متصفح على لينكس');
    expect(deviceName('Mozilla/5.0 Firefox/133.0', Language.EN)).toBe('Firefox');
    expect(deviceName('curl/8.5.0', Language.EN)).toBe('Unknown device');
    expect(deviceName(null, Language.AR)).toBe('جهاز غير معروف');
    expect(deviceName('', Language.EN)).toBe('Unknown device');
  });
});
