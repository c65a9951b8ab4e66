import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FlashMessage } from './flash-message';

const render = (flash: { id: string; message: string } | null) => renderToStaticMarkup(createElement(FlashMessage, { flash }));

describe('FlashMessage', () => {
  it('shows the flash politely, as a status', () => {
    const html = render({
      id: '2b1f6a3e-8c1d-4f5e-9a7b-0c2d4e6f8a9b',
      message: 'Offer accepted. The contract is ready to sign.',
    });
    expect(html).toMatch(/<div role="status"[^>]*><div>Offer accepted\. The contract is ready to sign\.<\/div><\/div>/);
  });

  it('escapes the message as text', () => {
    const html = render({ id: '2b1f6a3e-8c1d-4f5e-9a7b-0c2d4e6f8a9b', message: '<img src=x onerror=alert(1)>' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('renders nothing, not even an empty status, without a flash', () => {
    expect(render(null)).toBe('');
  });
});
