/** English labels: fields come straight from the reference tree in field-codes.ts. */
import { FIELD_TREE } from '../field-codes.ts';

const fields: Record<string, string> = {};
for (const [top, [label, subs]] of Object.entries(FIELD_TREE)) {
  fields[top] = label;
  Object.assign(fields, subs);
}

export default fields satisfies Record<string, string>;

export const enumLabels = {
  organizationType: {
    university: 'University',
    research_institute: 'Research institute',
    enterprise: 'Enterprise',
    sme: 'Small or medium-sized enterprise',
    startup: 'Start-up',
    government_agency: 'Government agency',
    tech_transfer_intermediary: 'Technology-transfer intermediary',
    science_park: 'Science park',
    incubator: 'Incubator',
    investor: 'Investor',
  },
  ipStatus: {
    granted_patent: 'Granted patent',
    pending_application: 'Application pending',
    utility_model: 'Utility model',
    software_copyright: 'Software copyright',
    know_how: 'Know-how / trade secret',
    none: 'None',
  },
  transferMode: {
    exclusive_licence: 'Exclusive licence',
    non_exclusive_licence: 'Non-exclusive licence',
    assignment: 'Assignment',
    joint_development: 'Joint development',
    technical_service: 'Technical service',
    investment: 'Investment',
  },
  requestVisibility: {
    public: 'Public',
    anonymous: 'Anonymous',
    operators_only: 'Platform operators only',
  },
  memberRole: {
    owner: 'Owner',
    editor: 'Editor',
    member: 'Member',
  },
} satisfies Record<string, Record<string, string>>;
