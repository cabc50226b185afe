-- Load script for `make bench`: each connection cycles through the paths listed in a file
-- (one a line), with an optional method and body, and wrk's figures are printed as one JSON
-- line (wrk's own summary has no 95th percentile).
--   wrk ... -s bench/wrk.lua URL -- PATHS_FILE [METHOD] [BODY_FILE]
local paths = {}
local method = "GET"
local body = nil
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  method = args[2] or "GET"
  if args[3] and #args[3] > 0 then
    local file = assert(io.open(args[3], "rb"))
    body = file:read("*a")
    file:close()
  end
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format(method, paths[next_path], nil, body)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"latency_us": {"mean": %.1f, "p50": %d, "p95": %d, "p99": %d, "max": %d}}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency.mean, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max))
end
