"""Sends every request of the given requests files once (bench/compare.sh's "PATH<TAB>TOKEN" lines), a few
connections at a time, and fails unless each is answered 200. compare.sh runs it on every Stride server before
that server's first warm-up, so that the cached rows start with every entry they read in the cache, whatever the
warm-up's length.

usage: prime.py PORT FILE...
"""
import http.client
import sys
import threading

port = int(sys.argv[1])
lines = []
for name in sys.argv[2:]:
    with open(name) as file:
        for line in file:
            path, _, token = line.rstrip("\n").partition("\t")
            lines.append((path, token))

failures = []
CONNECTIONS = 4


def send(part):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        for path, token in part:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(f"GET {path}: {response.status}")
                return
    except (OSError, http.client.HTTPException) as e:
        failures.append(f"{type(e).__name__}: {e}")
    finally:
        connection.close()


threads = [threading.Thread(target=send, args=(lines[i::CONNECTIONS],)) for i in range(CONNECTIONS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
if failures:
    sys.exit("priming failed: " + "; ".join(failures[:5]))
print(f"  primed: {len(lines)} requests answered 200", flush=True)
