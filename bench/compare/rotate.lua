-- wrk script of bench/compare.sh: every request is the next line of a requests file, round robin, so that a run
-- rotates bearer tokens (users) and ids. A line is "PATH" or "PATH<TAB>TOKEN" (TOKEN: an access token, sent as
-- "Authorization: Bearer TOKEN"). The requests are formatted once per thread in init, so a request costs wrk no
-- more than a plain run does; each thread starts at its own offset of the file.
--
--   wrk -t2 -c32 -d15s --latency -s bench/compare/rotate.lua http://127.0.0.1:38080 -- requests.txt 2
--
-- (the last argument: wrk's thread count, to spread the threads' starting points; 1 when left out)

local threads = 0

function setup(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
end

local requests = {}
local next_index = 0

function init(args)
  local file = args[1]
  if file == nil then
    error("rotate.lua needs the requests file: wrk ... URL -- FILE")
  end
  for line in io.lines(file) do
    local path, token = line:match("^([^\t]+)\t?(.*)$")
    if path ~= nil then
      local headers = {}
      if token ~= "" then
        headers["Authorization"] = "Bearer " .. token
      end
      requests[#requests + 1] = wrk.format("GET", path, headers)
    end
  end
  if #requests == 0 then
    error("no requests in " .. file)
  end
  -- Threads are numbered 0, 1, ... in setup (which runs before init); spread their starting points over the file.
  local count = tonumber(args[2] or "1")
  next_index = math.floor((thread_index or 0) * #requests / count) % #requests
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end
