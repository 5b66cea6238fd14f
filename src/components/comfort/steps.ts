/**
 * Text size steps of the Leesgemak control (issue 7). public/scripts/comfort.js has the same list;
 * src/styles/comfort.css has one rule per step. 200% is WCAG 1.4.4's "resize text" target.
 */
export const TEXT_STEPS = [100, 125, 150, 175, 200] as const;
export const STORAGE_KEYS = { size: 'vief.tekstgrootte', contrast: 'vief.contrast' } as const;
