'use client';

import { Button } from '@/components/ui/button';

export function PrintReceiptButton() {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      Print
    </Button>
  );
}
