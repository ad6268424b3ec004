-- wrk script: posts one GraphQL request body over and over and counts every
-- answer that is not a success. A GraphQL server answers 200 with "errors"
-- inside, so the status alone would count failures as throughput.
--
-- BENCH_BODY names the file holding the JSON body; BENCH_TOKEN, when set,
-- is sent as a bearer token. With BENCH_CHECK_BODIES=1 every body is
-- searched for "errors"; without it only statuses and sockets are checked
-- (bench/run.py counts the server's GraphQL errors from its metrics), and
-- wrk does not hand each body to Lua: that costs 10 µs a request of the
-- two cores the engine and the database share. `done` prints one line
-- starting with BENCH and a JSON object, which bench/run.py reads.

local path = assert(os.getenv("BENCH_BODY"), "BENCH_BODY names the request body")
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
end

local check_bodies = os.getenv("BENCH_CHECK_BODIES") == "1"
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    failures = 0
    first_failure = ""
end

if check_bodies then
    function response(status, headers, body)
        if status < 200 or status > 299 or string.find(body, '"errors"', 1, true) then
            failures = failures + 1
            if first_failure == "" then
                -- Kept JSON-safe for the BENCH line.
                first_failure = string.gsub(string.sub(body or "", 1, 300), '[%c"\\]', " ")
            end
        end
    end
end

function done(summary, latency, requests)
    local failed, example = 0, ""
    for _, thread in ipairs(threads) do
        failed = failed + thread:get("failures")
        local seen = thread:get("first_failure")
        if example == "" and seen then
            example = seen
        end
    end
    local errors = summary.errors
    if not check_bodies then
        -- Answers outside 2xx and 3xx (counted by `response` when it runs).
        failed = errors.status
    end
    local socket = errors.connect + errors.read + errors.write + errors.timeout
    io.write(string.format(
        'BENCH {"requests":%d,"duration_us":%d,"failed":%d,"socket_errors":%d,'
            .. '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"first_failure":"%s"}\n',
        summary.requests, summary.duration, failed, socket,
        latency:percentile(50), latency:percentile(90), latency:percentile(99),
        latency.max, example))
end
