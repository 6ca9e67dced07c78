/**
 * The statement of the service-request generator (bench-requests.ts): one
 * chunk of requests and, from its RETURNING, their timeline, written by
 * PostgreSQL itself. Kept apart because it is long; the parameters are
 * listed where bench-requests.ts passes them.
 *
 * Requests g = $1..$2 of $3: the newest $4 rows are received over the last 30
 * days, the rest over the 700 before; every instant is relative to $5 (now).
 * Stages: d = random draws, a/t = severity, policy, tier, targets, open
 * category; f/k = first response, resolution, pause and due instants; ins =
 * the request rows; the final SELECT = 1..n timeline entries per request.
 */
export const CHUNK_SQL = `
with d as materialized (
  select g,
    $5::timestamptz - make_interval(secs => case when g > $3::int - $4::int
      then 30 * 86400 * (1 - (g - ($3::int - $4::int))::float8 / $4::int) + random() * 60
      else 30 * 86400 + 700 * 86400 * (1 - g::float8 / greatest($3::int - $4::int, 1)) + random() * 60 end) as received_at,
    random() as u_open, random() as u_sev, random() as u_pol, random() as u_cat, random() as u_chan,
    random() as u_cov, random() as u_tier, random() as u_asg, random() as u_cust, random() as u_state,
    random() as u_resp, random() as u_res, random() as u_prod, random() as u_pick,
    floor(random() * 1000)::int as w1, floor(random() * 1000)::int as w2, floor(random() * 1000)::int as w3
  from generate_series($1::int, $2::int) g
), a as materialized (
  select d.*,
    (g > $3::int - $4::int and u_open < 0.8) or received_at > $5::timestamptz - interval '3 days' as is_open,
    case when u_sev < 0.05 then 'L1' when u_sev < 0.25 then 'L2' when u_sev < 0.70 then 'L3' else 'L4' end as severity,
    u_pol < 0.2 as premium,
    case when u_tier < 0.6 then 1 when u_tier < 0.9 then 2 else 3 end as tier
  from d
), t as materialized (
  select a.*,
    case when premium then 60 else case severity when 'L1' then 120 when 'L2' then 240 when 'L3' then 720 else 1440 end end as rt,
    case severity when 'L1' then 240 when 'L2' then case when premium then 240 else 720 end when 'L3' then 1440 end as st,
    case when is_open then case when u_state < 0.25 then 'new' when u_state < 0.70 then 'open' else 'pending' end end as open_cat
  from a
), f as materialized (
  -- first response and resolution instants
  select t.*,
    received_at + make_interval(mins => ceil(rt * 0.75)::int) as rw,
    received_at + make_interval(mins => rt) as rd,
    case
      when open_cat = 'new' then null
      when open_cat = 'pending' then least(received_at + make_interval(secs => rt * 60 * (0.1 + u_resp)), received_at + ($5::timestamptz - received_at) / 2)
      when received_at + make_interval(secs => rt * 60 * (0.1 + u_resp)) <= $5::timestamptz then received_at + make_interval(secs => rt * 60 * (0.1 + u_resp))
    end as fr,
    case when not is_open then received_at + make_interval(secs => greatest(rt * 60 * 1.2, coalesce(st, 2880) * 60 * (0.2 + u_res))) end as resolved
  from t
), k as materialized (
  select f.*,
    case when open_cat = 'pending' then fr + ($5::timestamptz - fr) * 0.5 end as paused,
    case when st is not null and open_cat is distinct from 'pending' then received_at + make_interval(mins => ceil(st * 0.75)::int) end as sw,
    case when st is not null and open_cat is distinct from 'pending' then received_at + make_interval(mins => st) end as sd,
    case when resolved is null then open_cat when resolved + interval '3 days' <= $5::timestamptz then 'closed' else 'resolved' end as cat
  from f
), ins as (
  insert into service_requests (
    number, customer_id, contact_id, product_id, channel, category, severity, subject, description,
    state, state_category, team_id, tier, assignee_id, coverage, fee_category, entitlement,
    sla_policy_id, sla_policy_version, calendar_id, response_target_minutes, resolution_target_minutes, warning_percent,
    received_at, response_warn_at, response_due_at, resolution_warn_at, resolution_due_at, paused_at,
    next_sla_check_at, response_warned_at, response_breached_at, resolution_warned_at, resolution_breached_at,
    first_response_at, first_response_calendar_minutes, first_response_working_minutes, response_met,
    resolved_at, resolution_calendar_minutes, resolution_working_minutes, resolution_met, closed_at, breach_count,
    root_cause_category, search_vector, version, created_at, updated_at)
  select
    'SR-' || to_char(received_at at time zone 'Asia/Shanghai', 'YYYY') || '-' || lpad(($6::bigint + g)::text, 7, '0'),
    c.id, c.contact_id,
    case when cardinality($10::uuid[]) > 0 and u_prod < 0.85 then ($10::uuid[])[1 + floor(u_prod / 0.85 * cardinality($10::uuid[]))::int] end,
    case when u_chan < 0.40 then 'portal' when u_chan < 0.65 then 'email' when u_chan < 0.90 then 'phone' when u_chan < 0.95 then 'chat' else 'api' end,
    case when u_cat < 0.30 then 'incident' when u_cat < 0.55 then 'consultation' when u_cat < 0.70 then 'defect'
         when u_cat < 0.78 then 'upgrade' when u_cat < 0.83 then 'training' when u_cat < 0.90 then 'feature_request'
         when u_cat < 0.93 then 'data_migration' when u_cat < 0.95 then 'security' when u_cat < 0.98 then 'customization' else 'on_site' end,
    severity,
    ($16::text[])[1 + w1 % cardinality($16::text[])] || ($17::text[])[1 + w2 % cardinality($17::text[])],
    '客户反馈：' || ($16::text[])[1 + w1 % cardinality($16::text[])] || ($17::text[])[1 + w2 % cardinality($17::text[])] || '。' || ($18::text[])[1 + w3 % cardinality($18::text[])],
    case cat when 'new' then ($11::text[])[1 + floor(u_pick * cardinality($11::text[]))::int]
             when 'open' then ($12::text[])[1 + floor(u_pick * cardinality($12::text[]))::int]
             when 'pending' then ($13::text[])[1 + floor(u_pick * cardinality($13::text[]))::int]
             when 'resolved' then ($14::text[])[1] else ($15::text[])[1] end,
    cat,
    ($9::uuid[])[tier], tier,
    -- new requests and the first open state (classified) wait in the queue unassigned
    case when cat <> 'new' and not (cat = 'open' and u_pick < 1.0 / cardinality($12::text[])) then (select ba.id from bench_agent ba where ba.tier = k.tier and ba.n = floor(power(u_asg, 1.3) * ($19::int[])[k.tier])::int) end,
    case when u_cov < 0.7 then 'contract' when u_cov < 0.9 then 'warranty' else 'billable' end,
    case when u_cov >= 0.9 then 'technical_support' end,
    case when u_cov < 0.7 then '{"coverage":"contract","reasons":["bench"]}'::jsonb
         when u_cov < 0.9 then '{"coverage":"warranty","reasons":["bench"]}'::jsonb
         else '{"coverage":"billable","reasons":["bench"]}'::jsonb end,
    case when premium then $7::uuid else $8::uuid end,
    case when premium then ($20::int[])[2] else ($20::int[])[1] end,
    $21::uuid, rt, st, 75,
    received_at, rw, rd, sw, sd, paused,
    case when cat in ('new', 'open', 'pending') then least(
      case when fr is null and rw > $5::timestamptz then rw end,
      case when fr is null and rd > $5::timestamptz then rd end,
      case when sw > $5::timestamptz then sw end,
      case when sd > $5::timestamptz then sd end) end,
    case when rw <= $5::timestamptz and (fr is null or fr > rw) then rw end,
    case when rd <= $5::timestamptz and (fr is null or fr > rd) then rd end,
    case when sw <= coalesce(resolved, $5::timestamptz) then sw end,
    case when sd <= coalesce(resolved, $5::timestamptz) then sd end,
    fr,
    round(extract(epoch from fr - received_at) / 60)::int, round(extract(epoch from fr - received_at) / 60)::int,
    case when fr is not null then fr <= rd end,
    resolved,
    round(extract(epoch from resolved - received_at) / 60)::int, round(extract(epoch from resolved - received_at) / 60)::int,
    case when resolved is not null and sd is not null then resolved <= sd end,
    case when cat = 'closed' then resolved + interval '3 days' end,
    (rd <= $5::timestamptz and (fr is null or fr > rd))::int + coalesce((sd <= coalesce(resolved, $5::timestamptz))::int, 0),
    case when resolved is not null then ($22::text[])[1 + w3 % cardinality($22::text[])] end,
    to_tsvector('simple', 'SR-' || ($6::bigint + g) || ' ' || ($16::text[])[1 + w1 % cardinality($16::text[])] || ' ' || ($17::text[])[1 + w2 % cardinality($17::text[])]),
    case when cat = 'new' then 1 when cat in ('open', 'pending') then 3 else 5 end,
    received_at,
    greatest(received_at, fr, paused, resolved, case when cat = 'closed' then resolved + interval '3 days' end)
  from k join bench_cust c on c.n = least(floor(power(u_cust, 1.6) * $23::int)::int, $23::int - 1)
  returning id, received_at, first_response_at, resolved_at, closed_at, state, state_category, assignee_id
)
insert into request_timeline (request_id, kind, visibility, author_id, body, event, data, automatic, created_at)
select ins.id,
  case when i = 1 or (i = n and ins.resolved_at is not null) then 'event'
       when i = 2 and ins.first_response_at is not null then 'reply'
       when r.u < 0.45 then 'reply' when r.u < 0.7 then 'note' else 'event' end,
  case when i = 1 or (i = n and ins.resolved_at is not null) or (i = 2 and ins.first_response_at is not null) or r.u < 0.45
       then 'public' else 'internal' end,
  case when i = 1 or (i = n and ins.resolved_at is not null) then null
       when i = 2 and ins.first_response_at is not null then ins.assignee_id
       when r.u < 0.45 then case when r.u < 0.15 then null else ins.assignee_id end
       when r.u < 0.7 then ins.assignee_id end,
  case when i = 1 or (i = n and ins.resolved_at is not null) then ''
       when (i = 2 and ins.first_response_at is not null) or r.u < 0.45 then ($24::text[])[1 + floor(r.v * cardinality($24::text[]))::int]
       when r.u < 0.7 then ($25::text[])[1 + floor(r.v * cardinality($25::text[]))::int] else '' end,
  case when i = 1 then 'received'
       when i = n and ins.resolved_at is not null then 'state_changed'
       when i = 2 and ins.first_response_at is not null then null
       when r.u < 0.7 then null when r.u < 0.85 then 'state_changed' else 'assigned' end,
  case when i > 1 and i = n and ins.resolved_at is not null then jsonb_build_object('to', ins.state)
       when i > 2 and r.u >= 0.7 and r.u < 0.85 then '{"to":"in_progress"}'::jsonb else '{}'::jsonb end,
  false,
  case when i = 1 then ins.received_at
       when i = 2 and ins.first_response_at is not null then ins.first_response_at
       when i = n and ins.resolved_at is not null then coalesce(ins.closed_at, ins.resolved_at)
       else ins.received_at + (coalesce(ins.resolved_at, $5::timestamptz) - ins.received_at) * ((i - 1)::float8 / n) end
from ins
cross join lateral (select 1 + (hashtext(ins.id::text)::bigint & 2147483647) % $26::int as n) kk
cross join lateral generate_series(1, kk.n) i
cross join lateral (select random() + 0 * i as u, random() + 0 * i as v) r`;
