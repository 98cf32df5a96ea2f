/** The demo accounts' password (outside production only): `DEMO_PASSWORD`, else the 2014 one. */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'pole-demo-2014'
