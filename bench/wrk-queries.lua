-- wrk script: cycles through the request paths of a file ($QUERIES, default /tmp/tracuu-queries.txt), one per
-- line, as written by bench/make-queries.py; each wrk thread starts at its own place in the list.
local file = os.getenv("QUERIES") or "/tmp/tracuu-queries.txt"
local paths = {}
for line in io.lines(file) do paths[#paths + 1] = line end
local i = 0

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
  i = math.random(#paths)
end

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

done = function(summary, latency, requests)
  io.write(string.format("paths %d; errors: connect %d, read %d, write %d, status %d, timeout %d\n", #paths,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
