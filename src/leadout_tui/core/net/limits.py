"""How many requests a refresh has in flight, by default (without importing httpx: the
settings read these when the reader starts)."""

#: Requests in flight at once. The per-host cap is what keeps a refresh polite to each site;
#: this one bounds the client. At 32, a warm refresh of 100 feeds on 10 hosts (the reference
#: farm, 50 ms a request) takes 4 round trips instead of 7 at 16: 0.47 s, not 0.63 s
#: (``benchmarks/refresh.py``).
CONCURRENCY = 32
#: Requests in flight per host.
PER_HOST = 4
