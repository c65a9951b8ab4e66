'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import type { Flash } from '@/lib/flash';
import { clearFlashAction } from '@/lib/flash-actions';

interface Shown {
  /** The last flash taken from the server, shown or not: the same flash is never taken twice. */
  id: string | null;
  message: string | null;
  pathname: string | null;
}

/**
 * Shows the flash the server rendered, then clears its cookie. Clearing re-renders the page without the flash, so the
 * message is kept here until the person moves to another page.
 */
export function FlashMessage({ flash }: { flash: Flash | null }) {
  const pathname = usePathname();
  const [shown, setShown] = useState<Shown>(() => ({
    id: flash?.id ?? null,
    message: flash?.message ?? null,
    pathname,
  }));
  if (flash && flash.id !== shown.id) {
    setShown({ id: flash.id, message: flash.message, pathname });
  } else if (shown.message !== null && shown.pathname !== pathname) {
    setShown({ ...shown, message: null });
  }

  const flashId = flash?.id;
  useEffect(() => {
    if (flashId) void clearFlashAction(flashId);
  }, [flashId]);

  const message = shown.pathname === pathname ? shown.message : null;
  if (!message) return null;
  return (
    <div className="mb-6">
      <Alert tone="success">{message}</Alert>
    </div>
  );
}
