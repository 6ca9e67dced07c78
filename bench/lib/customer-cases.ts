/**
 * The request mixes of the customers bench: list pages (first, cursor walk,
 * deep cursors), a Chinese/English/phone/name search mix, and creates, for a
 * director (scope all) and a team-scoped sales rep.
 */
import type pg from 'pg';
import { DEMO_PASSWORD } from '../../apps/server/src/db/seed/demo.js';
import { encodeCursor } from '../../apps/server/src/platform/pagination.js';
import { type Call, login, type Session, send } from './http-load.js';

export interface BenchCase {
  name: string;
  session: Session;
  /** Whether the p95 ≤ 20 ms target applies. */
  target: boolean;
  call: (i: number) => Call;
}

export async function customerCases(baseUrl: string, pool: pg.Pool, customerCount: number) {
  const director = await login(baseUrl, 'sales-director', DEMO_PASSWORD);
  const rep = await login(baseUrl, 'sales-rep', DEMO_PASSWORD);
  // Cursors spread over the whole list, as if a user had paged that far.
  const step = Math.max(1, Math.floor(customerCount / 50));
  const spread = await pool.query<{ created_at: Date; id: string }>(
    `select created_at, id from (
       select created_at, id, row_number() over (order by created_at desc, id desc) as n from customers
     ) x where n % $1 = $2 limit 50`,
    [step, Math.floor(step / 2)],
  );
  const deepCursors = spread.rows.map((r) => encodeCursor({ v: r.created_at.toISOString(), id: r.id }));
  // Cursors of pages 2..31 as a user paging forward would get them.
  const walkCursors: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 30; i++) {
    const res = await send(director, {
      path: `/api/customers?limit=20${cursor ? `&cursor=${cursor}` : ''}`,
      expect: 200,
    });
    cursor = (JSON.parse(res.body) as { nextCursor: string | null }).nextCursor;
    if (!cursor) break;
    walkCursors.push(cursor);
  }
  const sample = (
    await pool.query(
      `select k.name person, k.phones_normalized[1] phone, c.name company
       from contacts k join customers c on c.id = k.customer_id
       where c.owner_id = (select id from users where username = 'sales-rep') limit 1`,
    )
  ).rows[0] as { person: string; phone: string; company: string } | undefined;
  const any = (
    await pool.query(
      'select k.name person, k.phones_normalized[1] phone, c.name company from contacts k join customers c on c.id = k.customer_id offset 1000 limit 1',
    )
  ).rows[0] as { person: string; phone: string; company: string };
  const who = sample ?? any;
  const words = [
    '北京',
    '科技',
    '测试合同',
    '上海 软件',
    '华信智能',
    who.person,
    who.phone.slice(3, 10),
    who.company,
    'zhang',
  ];
  const enc = encodeURIComponent;
  let created = 0;
  const cases: BenchCase[] = [
    {
      name: 'baseline GET /api/auth/me (no customer SQL)',
      session: director,
      target: false,
      call: () => ({ path: '/api/auth/me', expect: 200 }),
    },
    {
      name: 'list page 1 (director, all)',
      session: director,
      target: true,
      call: () => ({ path: '/api/customers?limit=20', expect: 200 }),
    },
    {
      name: 'list page 1 (sales-rep, team)',
      session: rep,
      target: true,
      call: () => ({ path: '/api/customers?limit=20', expect: 200 }),
    },
    {
      name: 'list pages 2-31 via cursor',
      session: director,
      target: true,
      call: (i) => ({
        path: `/api/customers?limit=20&cursor=${walkCursors[i % walkCursors.length]}`,
        expect: 200,
      }),
    },
    {
      name: 'list deep cursor (spread over all rows)',
      session: director,
      target: true,
      call: (i) => ({
        path: `/api/customers?limit=20&cursor=${deepCursors[i % deepCursors.length]}`,
        expect: 200,
      }),
    },
    {
      name: 'search mix (director)',
      session: director,
      target: true,
      call: (i) => {
        const w = words[i % words.length]!;
        return { path: `/api/customers?limit=20&q=${enc(w)}`, expect: 200, label: w };
      },
    },
    {
      name: 'search mix (sales-rep)',
      session: rep,
      target: true,
      call: (i) => {
        const w = words[i % words.length]!;
        return { path: `/api/customers?limit=20&q=${enc(w)}`, expect: 200, label: w };
      },
    },
    {
      name: 'facets (director; informational)',
      session: director,
      target: false,
      call: () => ({ path: '/api/customers/facets', expect: 200 }),
    },
    {
      name: 'create POST /api/customers',
      session: director,
      target: false,
      call: () => {
        const n = ++created;
        return {
          method: 'POST',
          path: '/api/customers',
          expect: 201,
          body: {
            name: `压测${process.pid}-${n}智能科技有限公司`,
            industry: '软件和信息技术服务业',
            region: '北京市',
            tags: ['压测'],
            contacts: [
              {
                name: '张伟',
                phones: [`139${String(process.pid % 10000).padStart(4, '0')}${String(n).padStart(4, '0')}`],
              },
            ],
            allowDuplicate: true,
          },
        };
      },
    },
  ];

  return { director, rep, who, cases };
}
