import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { GeistSans } from 'geist/font/sans';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Pactly: influencer campaigns with escrow', template: '%s · Pactly' },
  description:
    'Pactly is the influencer-marketing marketplace where brands find authentic creators, agree offers and contracts, and pay through escrow.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-dvh bg-white font-sans text-zinc-900 antialiased">
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-4 py-2 text-sm font-semibold text-accent-700 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
