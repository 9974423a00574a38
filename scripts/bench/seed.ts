import type { Person } from '../../core/model/person.js';
import type { Seat } from '../../core/model/seat.js';
import type { Organisation } from '../../core/model/organisation.js';
import type { Ports } from '../../core/ports/store.js';

export interface BenchMember {
  personId: string;
  aadObjectId: string;
  seatId: string;
  role: 'titular' | 'alternate';
}

/**
 * A committee of `members` people: members/2 seats, half administration and half civil
 * society, each with a titular and an alternate (so the alternate rule is exercised); a chair
 * and a secretariat. Written in bulk (Graph `$batch`).
 */
export async function seedCommittee(ports: Ports, members: number) {
  const seats = Math.max(2, Math.floor(members / 2));
  const organisations: Organisation[] = [];
  const people: Person[] = [
    {
      id: 'bench-chair',
      aadObjectId: 'bench-oid-chair',
      displayName: 'Présidence (bench)',
      email: 'chair@bench.example.org',
      roles: ['chair'],
      guest: false,
      example: true,
    },
    {
      id: 'bench-sec',
      aadObjectId: 'bench-oid-sec',
      displayName: 'Secrétariat (bench)',
      email: 'sec@bench.example.org',
      roles: ['secretariat'],
      guest: false,
      example: true,
    },
  ];
  const seatRecords: Seat[] = [];
  const list: BenchMember[] = [];
  for (let i = 0; i < seats; i += 1) {
    const college = i % 2 === 0 ? 'administration' : 'civil_society';
    organisations.push({
      id: `bench-org-${i}`,
      name: `Organisation ${i}`,
      college,
      status: 'active',
      example: true,
    });
    const titular = `bench-p-${i}-t`;
    const alternate = `bench-p-${i}-a`;
    for (const [id, role] of [
      [titular, 'titular'],
      [alternate, 'alternate'],
    ] as const) {
      people.push({
        id,
        aadObjectId: `bench-oid-${id}`,
        displayName: `Membre ${id}`,
        email: `${id}@bench.example.org`,
        roles: [],
        guest: college === 'civil_society',
        example: true,
      });
      list.push({ personId: id, aadObjectId: `bench-oid-${id}`, seatId: `bench-seat-${i}`, role });
    }
    seatRecords.push({
      id: `bench-seat-${i}`,
      college,
      organisationId: `bench-org-${i}`,
      titularId: titular,
      alternateId: alternate,
      mandateStart: '2025-01-01',
      mandateEnd: '2026-12-31',
      status: 'active',
    });
  }
  await ports.organisations.createMany(organisations);
  await ports.people.createMany(people);
  await ports.seats.createMany(seatRecords);
  return list;
}
