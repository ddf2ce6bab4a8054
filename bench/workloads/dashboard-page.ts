import type Database from "better-sqlite3";

// W1: a dashboard page of activities with their links, as GraphQL asks for it and as hand-written SQL answers it.

export const W1_QUERY = `query Page($org: String!, $first: Int!) {
  processingActivities(organization: $org, first: $first) {
    edges { node {
      key name
      dataCategories { key }
      purposes { key }
      legalBases { regime code }
      disclosures { recipient { name country { code } } }
      storageLocations { name country { code } }
    } }
  }
}`;

interface Page {
  data: { processingActivities: { edges: { node: unknown }[] } };
}

/** The same answer from SQL alone: one statement per kind of link, grouped in memory. */
export function w1Baseline(sqlite: Database.Database, slug: string, first: number): Page {
  const acts = sqlite
    .prepare(
      `select a.id, a.key, a.name from processing_activities a join organizations o on o.id = a.organization_id
       where o.slug = ? and a.archived_at is null order by a.id limit ?`,
    )
    .all(slug, first) as { id: number; key: string; name: string }[];
  const ids = JSON.stringify(acts.map((a) => a.id));
  const group = <T extends { aid: number }>(sql: string) => {
    const m = new Map<number, T[]>();
    for (const r of sqlite.prepare(sql).all(ids) as T[]) {
      const list = m.get(r.aid);
      if (list) list.push(r);
      else m.set(r.aid, [r]);
    }
    return m;
  };
  const inIds = "in (select value from json_each(?))";
  const cats = group<{ aid: number; key: string }>(`select l.activity_id aid, c.key from activity_data_categories l join data_categories c on c.id = l.category_id where l.activity_id ${inIds} order by c.key`);
  const purps = group<{ aid: number; key: string }>(`select l.activity_id aid, p.key from activity_purposes l join purposes p on p.id = l.purpose_id where l.activity_id ${inIds} order by p.key`);
  const bases = group<{ aid: number; regime: string; code: string }>(
    `select l.activity_id aid, b.regime, b.code from activity_legal_bases l join legal_bases b on b.id = l.legal_basis_id where l.activity_id ${inIds} order by l.id`,
  );
  const discl = group<{ aid: number; name: string; code: string | null }>(
    `select d.activity_id aid, r.name, r.country_code code from disclosures d join recipients r on r.id = d.recipient_id where d.activity_id ${inIds} order by d.id`,
  );
  const locs = group<{ aid: number; name: string; code: string; key: string }>(
    `select l.activity_id aid, s.name, s.country_code code, s.key from activity_storage_locations l join storage_locations s on s.id = l.location_id where l.activity_id ${inIds} order by s.key`,
  );
  return {
    data: {
      processingActivities: {
        edges: acts.map((a) => ({
          node: {
            key: a.key,
            name: a.name,
            dataCategories: (cats.get(a.id) ?? []).map((c) => ({ key: c.key })),
            purposes: (purps.get(a.id) ?? []).map((p) => ({ key: p.key })),
            legalBases: (bases.get(a.id) ?? []).map((b) => ({ regime: b.regime, code: b.code })),
            disclosures: (discl.get(a.id) ?? []).map((d) => ({ recipient: { name: d.name, country: d.code ? { code: d.code } : null } })),
            storageLocations: (locs.get(a.id) ?? []).map((l) => ({ name: l.name, country: { code: l.code } })),
          },
        })),
      },
    },
  };
}
