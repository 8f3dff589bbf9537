import { whenPlaceholderUnfilled } from '../../server/shared/i18n';

// A message sent with a placeholder still showing ("Try again in {retryAfter} seconds") is a
// parameter passed under another name: every suite that renders one fails on it.
whenPlaceholderUnfilled((key, template) => {
  throw new Error(`message placeholder {${key}} left unfilled in "${template}"`);
});
