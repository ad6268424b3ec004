-- wrk script for the soak: sends the requests of a mix in turn and counts
-- every answer that is not a success, by status or by "errors" in its body.
--
-- SOAK_MIX names a file with one request a line: the path of its JSON body,
-- a space, and its bearer token or "-" for none. Each thread starts at a
-- different place in the mix, so the threads do not move in step. `done`
-- prints one line starting with BENCH and a JSON object, in the format of
-- bench/graphql.lua, which bench/soak.py reads.

local mix = assert(os.getenv("SOAK_MIX"), "SOAK_MIX names the request mix")
local threads = {}

local function read_mix()
    local requests = {}
    for line in io.lines(mix) do
        local path, token = string.match(line, "^(%S+) (%S+)$")
        local file = assert(io.open(path, "rb"))
        local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
        if token ~= "-" then
            headers["Authorization"] = "Bearer " .. token
        end
        table.insert(requests, wrk.format("POST", nil, headers, file:read("*a")))
        file:close()
    end
    return requests
end

function setup(thread)
    thread:set("offset", #threads)
    table.insert(threads, thread)
end

function init(args)
    requests = read_mix()
    next_request = offset % #requests
    failures = 0
    first_failure = ""
end

function request()
    next_request = next_request % #requests + 1
    return requests[next_request]
end

function response(status, headers, body)
    if status < 200 or status > 299 or string.find(body or "", '"errors"', 1, true) then
        failures = failures + 1
        if first_failure == "" then
            -- Kept JSON-safe for the BENCH line.
            first_failure = status .. " " .. string.gsub(string.sub(body or "", 1, 300), '[%c"\\]', " ")
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
    local socket = errors.connect + errors.read + errors.write + errors.timeout
    io.write(string.format(
        'BENCH {"requests":%d,"duration_us":%d,"failed":%d,"socket_errors":%d,'
            .. '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"first_failure":"%s"}\n',
        summary.requests, summary.duration, failed, socket,
        latency:percentile(50), latency:percentile(90), latency:percentile(99),
        latency.max, example))
end
