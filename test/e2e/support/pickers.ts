import type { Locator } from 'playwright-core';

/*
 * Driving the tab's date and time fields (tabs/src/components/MoroccoDateField.tsx and
 * MoroccoTimeField.tsx, Fluent's DatePicker and TimePicker) as a person does with a keyboard:
 * type the text, then leave the field with Tab, which is when the field reads what was typed.
 */

/** Types a date day first (`18/03/2027`) in a date field and leaves it. */
export async function typeDate(field: Locator, day: string): Promise<void> {
  await field.fill(day);
  await field.press('Tab');
}

/** Types a time on the 24-hour clock (`10:00`) in a time field and leaves it. */
export async function typeTime(field: Locator, time: string): Promise<void> {
  await field.fill(time);
  await field.press('Tab');
}
