import type { NationalActionPlan } from '../core/model/nap.js';
import type { Organisation } from '../core/model/organisation.js';
import type { Person } from '../core/model/person.js';
import type { Seat } from '../core/model/seat.js';
import type { Ports } from '../core/ports/store.js';
import { createAudited } from '../core/usecases/audited-write.js';
import { saveDocument } from '../core/usecases/register/documents.js';

/**
 * A clearly fictional committee loaded on first start when the store is empty, so that a
 * newcomer sees the app working. Every record carries `example: true` and the UI labels it.
 * Names are invented; e-mail addresses use the reserved `example.org` domain (RFC 2606).
 * Entra object ids are fixed so that the Playground configuration can map its users to them.
 */
export const EXAMPLE_OBJECT_IDS = {
  secretariat: '00000000-0000-4000-8000-00000000c001',
  chair: '00000000-0000-4000-8000-00000000c002',
  adminTitular: '00000000-0000-4000-8000-00000000a001',
  civilTitular: '00000000-0000-4000-8000-00000000b001',
  civilAlternate: '00000000-0000-4000-8000-00000000b002',
} as const;

const MANDATE = { mandateStart: '2025-01-01', mandateEnd: '2026-12-31' } as const;

function person(
  id: string,
  displayName: string,
  email: string,
  extra: Partial<Person> = {},
): Person {
  return {
    id,
    aadObjectId:
      extra.aadObjectId ??
      `00000000-0000-4000-8000-${Buffer.from(id).toString('hex').padStart(12, '0').slice(-12)}`,
    displayName,
    email,
    roles: [],
    guest: false,
    example: true,
    ...extra,
  };
}

const organisations: Organisation[] = [
  ['org-a1', 'Ministère de l’Exemple numérique (fictif)', 'MEN-F'],
  ['org-a2', 'Agence fictive des Données ouvertes', 'AFDO'],
  ['org-a3', 'Office imaginaire de la Transparence budgétaire', 'OITB'],
  ['org-a4', 'Direction fictive des Archives publiques', 'DFAP'],
  ['org-a5', 'Haut-commissariat fictif à la Participation', 'HCFP'],
].map(([id, name, acronym]) => ({
  id: id as string,
  name: name as string,
  acronym: acronym as string,
  college: 'administration' as const,
  status: 'active' as const,
  example: true,
}));

organisations.push(
  ...[
    ['org-c1', 'Association fictive Transparence Atlas', 'Souss-Massa'],
    ['org-c2', 'Réseau imaginaire des Jeunes pour la Redevabilité', 'Rabat-Salé-Kénitra'],
    ['org-c3', 'Collectif fictif Données citoyennes', 'Fès-Meknès'],
    ['org-c4', 'Forum exemple de la Participation locale', 'Oriental'],
  ].map(([id, name, region]) => ({
    id: id as string,
    name: name as string,
    region: region as string,
    college: 'civil_society' as const,
    status: 'active' as const,
    example: true,
  })),
);

const people: Person[] = [
  person('p-sec', 'Salma Exemple (secrétariat)', 'secretariat@example.org', {
    aadObjectId: EXAMPLE_OBJECT_IDS.secretariat,
    roles: ['secretariat'],
  }),
  person('p-chair', 'Karim Fictif (présidence)', 'presidence@example.org', {
    aadObjectId: EXAMPLE_OBJECT_IDS.chair,
    roles: ['chair'],
  }),
  person('p-a1t', 'Nadia Modèle', 'nadia.modele@example.org', {
    aadObjectId: EXAMPLE_OBJECT_IDS.adminTitular,
  }),
  person('p-a1s', 'Youssef Spécimen', 'youssef.specimen@example.org'),
  person('p-a2t', 'Imane Témoin', 'imane.temoin@example.org'),
  person('p-a2s', 'Omar Essai', 'omar.essai@example.org'),
  person('p-a3t', 'Leila Maquette', 'leila.maquette@example.org'),
  person('p-a3s', 'Hamza Prototype', 'hamza.prototype@example.org'),
  person('p-a4t', 'Sanae Brouillon', 'sanae.brouillon@example.org'),
  person('p-a4s', 'Mehdi Ébauche', 'mehdi.ebauche@example.org'),
  person('p-c1t', 'Amina Imaginaire', 'amina.imaginaire@example.org', {
    aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular,
    guest: true,
  }),
  person('p-c1s', 'Rachid Supposé', 'rachid.suppose@example.org', {
    aadObjectId: EXAMPLE_OBJECT_IDS.civilAlternate,
    guest: true,
  }),
  person('p-c2t', 'Khadija Hypothèse', 'khadija.hypothese@example.org', { guest: true }),
  person('p-c2s', 'Anas Illustration', 'anas.illustration@example.org', { guest: true }),
  person('p-c3t', 'Fatima Démonstration', 'fatima.demonstration@example.org', { guest: true }),
  person('p-c3s', 'Walid Simulation', 'walid.simulation@example.org', { guest: true }),
  person('p-c4t', 'Zineb Scénario', 'zineb.scenario@example.org', { guest: true }),
  person('p-c4s', 'Adil Fiction', 'adil.fiction@example.org', { guest: true }),
];

const seats: Seat[] = [
  ['seat-a1', 'administration', 'org-a1', 'p-a1t', 'p-a1s'],
  ['seat-a2', 'administration', 'org-a2', 'p-a2t', 'p-a2s'],
  ['seat-a3', 'administration', 'org-a3', 'p-a3t', 'p-a3s'],
  ['seat-a4', 'administration', 'org-a4', 'p-a4t', 'p-a4s'],
  ['seat-c1', 'civil_society', 'org-c1', 'p-c1t', 'p-c1s'],
  ['seat-c2', 'civil_society', 'org-c2', 'p-c2t', 'p-c2s'],
  ['seat-c3', 'civil_society', 'org-c3', 'p-c3t', 'p-c3s'],
  ['seat-c4', 'civil_society', 'org-c4', 'p-c4t', 'p-c4s'],
].map(([id, college, organisationId, titularId, alternateId]) => ({
  id: id as string,
  college: college as Seat['college'],
  organisationId: organisationId as string,
  titularId: titularId as string,
  alternateId: alternateId as string,
  ...MANDATE,
  status: 'active' as const,
  napId: 'nap-example',
}));

/** A previous mandate, ceased for absences, to show the history of ceased seats. */
const ceasedSeat: Seat = {
  id: 'seat-c0',
  college: 'civil_society',
  organisationId: 'org-c4',
  titularId: 'p-c4t',
  alternateId: 'p-c4s',
  mandateStart: '2023-01-01',
  mandateEnd: '2024-12-31',
  status: 'ceased',
  cessation: {
    cause: 'mandate-expired',
    proposedAt: '2025-01-02T09:00:00Z',
    proposedBy: 'p-sec',
    confirmedAt: '2025-01-03T09:00:00Z',
    confirmedBy: 'p-sec',
    effectiveOn: '2025-01-03',
  },
};

const plan: NationalActionPlan = {
  id: 'nap-example',
  title: "Plan d'action national fictif 2025–2026 (exemple)",
  start: '2025-01-01',
  end: '2026-12-31',
  status: 'current',
  adoptedOn: '2024-12-15',
  commitments: organisations
    .filter((o) => o.college === 'administration')
    .map((o, index) => ({
      id: `commitment-${index + 1}`,
      title: `Engagement fictif n° ${index + 1} — ${o.acronym ?? o.name}`,
      organisationId: o.id,
      status: 'in_progress' as const,
    })),
};

/** True when the store holds no person: the first start of a new installation. */
export async function isEmpty(ports: Pick<Ports, 'people'>): Promise<boolean> {
  return (await ports.people.list({ limit: 1 })).length === 0;
}

/**
 * Loads the example committee into an empty store. The designation letters of three public
 * bodies are small generated PDFs; the fourth is missing on purpose, so the R4.1 finding shows.
 * Every record is saved and audited like any other change (by `system`), so `audit:verify`
 * proves the example as it proves real records.
 */
export async function loadExampleCommittee(ports: Ports): Promise<void> {
  const system = { personId: 'system' };
  const at = ports.clock.now();
  const as = (action: string) => ({ actor: system, action, at });
  for (const organisation of organisations) {
    await createAudited(ports, 'organisations', as('OrganisationAdded'), organisation);
  }
  for (const p of people) await createAudited(ports, 'people', as('PersonAdded'), p);
  await createAudited(ports, 'plans', as('PlanRecorded'), plan);
  for (const seat of seats) {
    let designationLetterId: string | undefined;
    if (seat.college === 'administration' && seat.id !== 'seat-a4') {
      const ref = await saveDocument(ports, as('DocumentUploaded'), {
        name: `lettre-designation-${seat.organisationId}.pdf`,
        contentType: 'application/pdf',
        bytes: examplePdf(`Lettre de designation (exemple fictif) - ${seat.organisationId}`),
        purpose: 'designation-letter',
        uploadedBy: 'p-sec',
      });
      designationLetterId = ref.id;
    }
    const record = designationLetterId ? { ...seat, designationLetterId } : seat;
    await createAudited(ports, 'seats', as('SeatAdded'), record);
  }
  await createAudited(ports, 'seats', as('SeatAdded'), ceasedSeat);
}

/** A minimal valid one-page PDF carrying a line of text. */
export function examplePdf(text: string): Uint8Array {
  const escaped = text.replace(/[()\\]/g, (c) => `\\${c}`);
  const content = `BT /F1 14 Tf 72 760 Td (${escaped}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
