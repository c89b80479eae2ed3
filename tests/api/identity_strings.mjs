// The identity strings the API tests record: tests/logs/identity_absent.test.mjs checks that no
// server log of the run contains any of them. Fictitious, and unlike anything else Filet writes.
export const IDENTITY = {
  names: 'Zéphirine Quabbelot-Wendigo',
  phone: '514-555-0199',
  address: '7777, rue des Identités-Scellées',
  identifying_notes: 'Signe distinctif: parapluie vermillon tacheté',
};
export const IDENTITY_STRINGS = [IDENTITY.names, 'Quabbelot', IDENTITY.phone, IDENTITY.address, 'vermillon tacheté'];
