import { describe, expect, it } from 'vitest';
import { UpdateMeetingRequestSchema } from '../../core/contracts/meetings.js';
import {
  meetingUpdate,
  type MeetingFields,
} from '../../tabs/src/screens/meeting/meeting-update.js';

/* The meeting form sends only what changed against the meeting as loaded (issue 9, no silent loss). */

const loaded: MeetingFields = {
  title: 'Réunion de juillet',
  start: '2026-07-09T10:00',
  end: '2026-07-09T12:00',
  location: 'Rabat',
  online: true,
  agenda: [
    { id: 'a1', title: 'Suivi du plan', presenter: 'Nadia', documentIds: ['d1'] },
    { id: 'a2', title: 'Divers', documentIds: [] },
  ],
  externalInvitees: [{ name: 'Experte', email: 'experte@example.org', organisation: 'Institut' }],
};

describe('the meeting form’s update', () => {
  it('sends only the version when nothing changed', () => {
    expect(meetingUpdate(loaded, structuredClone(loaded), '7')).toEqual({ version: '7' });
  });

  it('sends only start and end when only the date moved', () => {
    const edited = { ...loaded, start: '2026-07-16T10:00', end: '2026-07-16T12:00' };
    expect(meetingUpdate(loaded, edited, '7')).toEqual({
      version: '7',
      start: '2026-07-16T10:00',
      end: '2026-07-16T12:00',
    });
  });

  it('clears the place with null, never by leaving it out', () => {
    const { location: _removed, ...edited } = loaded;
    expect(meetingUpdate(loaded, edited, '7')).toEqual({ version: '7', location: null });
  });

  it('sends the whole agenda with ids when an item changed, a removed presenter as null', () => {
    const edited: MeetingFields = {
      ...loaded,
      agenda: [
        { id: 'a1', title: 'Suivi du plan', documentIds: ['d1'] },
        { title: 'Nouveau point', presenter: 'Salma', documentIds: ['d9'] },
      ],
    };
    const request = meetingUpdate(loaded, edited, '7');
    expect(request).toEqual({
      version: '7',
      agenda: [
        { id: 'a1', title: 'Suivi du plan', presenter: null, documentIds: ['d1'] },
        { title: 'Nouveau point', presenter: 'Salma', documentIds: ['d9'] },
      ],
    });
    expect(UpdateMeetingRequestSchema.safeParse(request).success).toBe(true);
  });

  it('sends the guests when one was added, keeping the others’ organisation explicit', () => {
    const edited: MeetingFields = {
      ...loaded,
      externalInvitees: [
        ...loaded.externalInvitees,
        { name: 'Observateur', email: 'observateur@example.org' },
      ],
    };
    const request = meetingUpdate(loaded, edited, '7');
    expect(request.externalInvitees).toEqual([
      { name: 'Experte', email: 'experte@example.org', organisation: 'Institut' },
      { name: 'Observateur', email: 'observateur@example.org', organisation: null },
    ]);
    expect(Object.keys(request)).toEqual(['version', 'externalInvitees']);
  });
});
