import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../api/session.tsx';
import type { OrganizationSummary } from '../../api/types.ts';

export interface MyOrganization {
  org: OrganizationSummary;
  role: string;
}

/** The organisations the signed-in user belongs to, with their role, in the viewer's language. */
export function useMyOrganizations(locale: string) {
  const { user } = useSession();
  const ms = user?.memberships ?? [];
  const key = ms.map((m) => `${m.organizationId}:${m.role}`).join(',');
  return useApi(
    async () => {
      const orgs = await Promise.all(
        ms.map(async (m) => {
          try {
            return { org: await api.get<OrganizationSummary>(`/organizations/${m.organizationId}`, { locale }), role: m.role };
          } catch {
            return null;
          }
        }),
      );
      return orgs.filter((o): o is MyOrganization => o !== null);
    },
    [key, locale],
  );
}
