"""Seeds the users of bench/compare.sh and writes the requests files its wrk script (rotate.lua) rotates through.

Against a running Stride (limiter off, so that a thousand registrations and logins from one address pass):
  1. registers the single user and USERS users through the API (POST /auth/register; fast with bcrypt cost 4);
  2. inserts their activities with one SQL statement each into SCHEMA (as bench/lib.sh's seed does): the single
     user gets SINGLE activities over three years ending today, every other user ACTIVITIES over the last 12 weeks,
     a tag on every third;
  3. logs every user in (POST /auth/login) for an access token;
  4. writes, one "PATH<TAB>TOKEN" line per request, into OUT:
       single-get.txt    GET /api/v1/activities/{id}   the single user's newest activity
       single-list.txt   GET /api/v1/activities         the single user
       single-stats.txt  GET /api/v1/stats?period=week  the single user
       multi-get.txt     GET /api/v1/activities/{id}   each user's IDS newest activities: user after user, so
                         consecutive requests are different users (USERS x IDS lines)
       multi-list.txt    GET /api/v1/activities         one line per user
       multi-stats.txt   GET /api/v1/stats?period=week  one line per user
  5. checks that the first line and a sample of the others of every file are answered 200.

usage: seed.py --port PORT --schema SCHEMA --users N --activities N --ids N --single N --out DIR
"""
import argparse
import http.client
import json
import random
import subprocess
import sys

PASSWORD = "compare password 1"
SINGLE_EMAIL = "compare-single@example.com"


def email_of(i):
    return f"compare-u{i:05d}@example.com"


class Client:
    def __init__(self, port):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def call(self, method, path, body=None, token=None):
        headers = {}
        if body is not None:
            headers["Content-Type"] = "application/json"
            body = json.dumps(body)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, ConnectionError):
                # a kept-alive connection the server closed: open another, once
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                if attempt == 2:
                    raise


def psql(sql):
    result = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-q", "-At",
                             "-v", "ON_ERROR_STOP=1"], input=sql, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"psql failed: {result.stderr}")
    return result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--users", type=int, required=True)
    parser.add_argument("--activities", type=int, required=True)
    parser.add_argument("--ids", type=int, required=True)
    parser.add_argument("--single", type=int, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.ids > args.activities:
        sys.exit("--ids may not exceed --activities")
    schema = args.schema
    api = Client(args.port)

    emails = [SINGLE_EMAIL] + [email_of(i) for i in range(1, args.users + 1)]
    for email in emails:
        status, body = api.call("POST", "/api/v1/auth/register", {"email": email, "password": PASSWORD})
        if status != 201:
            sys.exit(f"registering {email}: {status} {body[:300]!r}")
    print(f"  registered {len(emails)} users", flush=True)

    psql(f"""
insert into {schema}.activities (id, user_id, activity_type, duration_minutes, distance_km, notes, activity_date,
                                 created_at, updated_at, deleted_at, version)
select gen_random_uuid(), u.id, (array['running', 'cycling', 'strength', 'swimming'])[1 + i % 4], 20 + i % 90,
       case when i % 4 = 2 then null else round((1 + (i % 200) / 10.0)::numeric, 3) end, 'seeded',
       current_date - (i % 1095), now() - make_interval(secs => i), now(), null, 1
from {schema}.users u, generate_series(1, {args.single}) as i
where u.email = '{SINGLE_EMAIL}';
insert into {schema}.activities (id, user_id, activity_type, duration_minutes, distance_km, notes, activity_date,
                                 created_at, updated_at, deleted_at, version)
select gen_random_uuid(), u.id, (array['running', 'cycling', 'strength', 'swimming'])[1 + i % 4], 20 + i % 90,
       case when i % 4 = 2 then null else round((1 + (i % 200) / 10.0)::numeric, 3) end, 'seeded',
       current_date - ((i * 5) % 84), now() - make_interval(secs => i), now(), null, 1
from {schema}.users u, generate_series(1, {args.activities}) as i
where u.email like 'compare-u%';
insert into {schema}.activity_tags (activity_id, position, tag)
select id, 0, 'interval' from {schema}.activities where duration_minutes % 3 = 0;
analyze {schema}.users;
analyze {schema}.activities;
analyze {schema}.activity_tags;
""")
    count = int(psql(f"select count(*) from {schema}.activities").strip())
    expected = args.single + args.users * args.activities
    if count != expected:
        sys.exit(f"expected {expected} activities, found {count}")
    print(f"  inserted {count} activities", flush=True)

    tokens = {}
    for email in emails:
        status, body = api.call("POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})
        if status != 200:
            sys.exit(f"logging {email} in: {status} {body[:300]!r}")
        tokens[email] = json.loads(body)["accessToken"]
    print(f"  logged {len(tokens)} users in", flush=True)

    ids = {}
    rows = psql(f"""
select email, id from (
  select u.email, a.id, row_number() over (partition by u.id order by a.created_at desc, a.id) as n
  from {schema}.activities a join {schema}.users u on u.id = a.user_id
) newest
where n <= {args.ids}
order by email, n;
""")
    for line in rows.splitlines():
        email, activity = line.split("|")
        ids.setdefault(email, []).append(activity)
    users = emails[1:]
    if any(len(ids.get(email, [])) != args.ids for email in users):
        sys.exit("a user lacks activities")

    files = {
        "single-get": [(f"/api/v1/activities/{ids[SINGLE_EMAIL][0]}", tokens[SINGLE_EMAIL])],
        "single-list": [("/api/v1/activities", tokens[SINGLE_EMAIL])],
        "single-stats": [("/api/v1/stats?period=week", tokens[SINGLE_EMAIL])],
        "multi-get": [(f"/api/v1/activities/{ids[email][k]}", tokens[email])
                      for k in range(args.ids) for email in users],
        "multi-list": [("/api/v1/activities", tokens[email]) for email in users],
        "multi-stats": [("/api/v1/stats?period=week", tokens[email]) for email in users],
    }
    sample = random.Random(14)
    for name, lines in files.items():
        with open(f"{args.out}/{name}.txt", "w") as out:
            for path, token in lines:
                out.write(f"{path}\t{token}\n")
        for path, token in [lines[0]] + sample.sample(lines, min(20, len(lines))):
            status, body = api.call("GET", path, token=token)
            if status != 200:
                sys.exit(f"GET {path} for the seeded user: {status} {body[:300]!r}")
    print(f"  wrote the requests files ({len(files['multi-get'])} lines for {len(users)} users' reads)", flush=True)


if __name__ == "__main__":
    main()
