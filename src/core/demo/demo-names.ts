// Word lists for synthetic people and companies. Written by hand, deliberately diverse,
// and small: combinations give thousands of distinct names.

export const FIRST_NAMES: readonly string[] = [
  'Aisha', 'Alejandro', 'Amara', 'Andrei', 'Anika', 'Ben', 'Camila', 'Chen', 'Chloe', 'Daniel',
  'Deepa', 'Diego', 'Elena', 'Emeka', 'Emma', 'Fatima', 'Felix', 'Grace', 'Hana', 'Hiroshi',
  'Ibrahim', 'Ines', 'Isabel', 'Jamal', 'James', 'Javier', 'Jin', 'Julia', 'Kai', 'Kavya',
  'Kenji', 'Kofi', 'Lars', 'Laura', 'Leila', 'Liam', 'Lucia', 'Malik', 'Maria', 'Marcus',
  'Maya', 'Mei', 'Mohammed', 'Nadia', 'Naomi', 'Nikhil', 'Noah', 'Olga', 'Omar', 'Oscar',
  'Priya', 'Rafael', 'Rahul', 'Rosa', 'Ruth', 'Samuel', 'Sara', 'Sofia', 'Tariq', 'Thabo',
  'Tomás', 'Valentina', 'Victor', 'Wei', 'Yara', 'Yusuf', 'Zainab', 'Zoe',
];

export const LAST_NAMES: readonly string[] = [
  'Adeyemi', 'Ahmed', 'Alvarez', 'Andersen', 'Banerjee', 'Becker', 'Bianchi', 'Brown', 'Castillo', 'Chen',
  'Cohen', 'Costa', 'Dubois', 'Dlamini', 'Eriksson', 'Fernandes', 'Fischer', 'García', 'Goldberg', 'Gupta',
  'Haddad', 'Hansen', 'Hernández', 'Ivanova', 'Jensen', 'Johnson', 'Kaur', 'Kim', 'Kowalski', 'Kumar',
  'Lee', 'Lopez', 'Mensah', 'Moreau', 'Müller', 'Nakamura', 'Nguyen', 'Novak', "O'Brien", 'Okafor',
  'Olsen', 'Patel', 'Petrov', 'Rossi', 'Santos', 'Schmidt', 'Shah', 'Silva', 'Singh', 'Smith',
  'Sato', 'Tanaka', 'Taylor', 'Torres', 'Van der Berg', 'Wang', 'Williams', 'Wong', 'Yilmaz', 'Zhang',
];

export const COMPANY_PREFIXES: readonly string[] = [
  'Acme', 'Albion', 'Apex', 'Aurora', 'Beacon', 'Birch', 'Blue Harbor', 'Brightwater', 'Cascade', 'Cedar',
  'Summit', 'Copper', 'Crescent', 'Delta', 'Evergreen', 'Falcon', 'Granite', 'Harbor', 'Helix', 'Horizon',
  'Ironwood', 'Juniper', 'Keystone', 'Lakeside', 'Lumen', 'Maple', 'Meridian', 'Northwind', 'Oakridge', 'Orion',
  'Pinnacle', 'Quarry', 'Redwood', 'Riverbend', 'Sable', 'Silverline', 'Sterling', 'Tidewater', 'Vantage', 'Zenith',
];

export const COMPANY_SUFFIXES: readonly string[] = [
  'Analytics', 'Bank', 'Biotech', 'Brands', 'Capital', 'Clinics', 'Energy', 'Foods', 'Freight', 'Group',
  'Health', 'Holdings', 'Industries', 'Insurance', 'Labs', 'Logistics', 'Manufacturing', 'Media', 'Partners', 'Retail',
  'Software', 'Systems', 'Telecom', 'Travel',
];

export const INDUSTRIES: readonly string[] = [
  'Software', 'Financial services', 'Healthcare', 'Manufacturing', 'Retail', 'Logistics',
  'Telecommunications', 'Energy', 'Education', 'Professional services', 'Media',
];

/** 'José García' -> 'jose.garcia@demo.coachboard.example'. */
export function demoEmail(first: string, last: string): string {
  const slug = (text: string): string =>
    text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  return `${slug(first)}.${slug(last)}@demo.coachboard.example`;
}
