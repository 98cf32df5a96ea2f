// Demo accounts, created outside production only; the password comes from DEMO_PASSWORD.
export const demoUsers = [
  { email: 'admin@pole-metiers.test', name: 'Administration du Pôle', roles: ['admin'] },
  {
    email: 'coordination@unadel.test',
    name: 'Coordination Unadel',
    roles: ['coordinator'],
    organisation: 'unadel',
  },
  {
    email: 'pilote@collectif-ville-campagne.test',
    name: 'Pilote Collectif Ville Campagne',
    roles: ['member'],
    organisation: 'collectif-ville-campagne',
    orgRole: 'manager',
  },
  {
    email: 'membre@irdsu.test',
    name: 'Membre IRDSU',
    roles: ['member'],
    organisation: 'irdsu',
    orgRole: 'contributor',
  },
]
