/**
 * The messages between Backstory's parts, each defined once. The popup reaches the page
 * through `browser.scripting` (see utils/page-access.ts); runtime messages are only the
 * content script telling the background what to show on the toolbar badge.
 */
import { browser } from 'wxt/browser';

export interface BadgeMessage {
  type: 'backstory:badge';
  /** Short age, e.g. "9y"; empty to clear the badge. */
  text: string;
  /** Tooltip, e.g. "This story is over 9 years old". */
  title: string;
}

export type RuntimeMessage = BadgeMessage;

export function isRuntimeMessage(value: unknown): value is RuntimeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<BadgeMessage>;
  return message.type === 'backstory:badge' && typeof message.text === 'string' && typeof message.title === 'string';
}

/** Sends a message to the background; a missing listener (extension reloading) is not an error. */
export async function sendRuntimeMessage(message: RuntimeMessage): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The background may be restarting; the badge is cosmetic.
  }
}
