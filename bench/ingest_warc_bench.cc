// WARC reading throughput: ReadInputs over a generated per-record-gzip crawl (warcinfo, then per
// page a request, a response, sometimes an image and a metadata record), against the least any
// reader must do: inflate every gzip member of the same file with zlib into a scratch buffer.
//
//   BM_Baseline_ZlibInflate/N  read the file + inflate all members (zlib only)
//   BM_WarcRead/N              ReadInputs: gunzip, WARC + HTTP parsing, HTML pages out
//
// N = pages in the crawl (the file holds about 3.4 records per page). Counters: bytes_per_second
// (inflated bytes), compressed_MB/s, records, peak_rss_MiB (the process's peak resident set so
// far: the sizes run in ascending order, so a flat value means memory does not grow with the
// record count), and x_zlib on BM_WarcRead: its time over the baseline's for the same file,
// both measured in this run in CPU time (the number to compare across machines).
// The crawl is written to a temporary file, record by record (never whole in memory).
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "ingest/reader.h"

namespace corroborate::bench {
namespace {

namespace fs = std::filesystem;

// Deterministic PRNG (xorshift64*): the same crawl on every machine.
struct Rng {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  uint64_t Next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ull;
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
};

const char* const kWords[] = {
    "council", "river",   "minister",  "talks",      "agreed", "harbour", "officials", "said",
    "the",     "a",       "of",        "on",         "in",     "after",   "before",    "week",
    "bridge",  "storm",   "budget",    "residents",  "police", "court",   "ruling",    "plan",
    "vote",    "station", "market",    "rose",       "fell",   "percent", "million",   "Tuesday",
    "capital", "border",  "ceasefire", "delegation", "report", "flood",   "schools",   "reopened"};

std::string Sentence(Rng* rng) {
  std::string s;
  const size_t n = 8 + rng->Below(14);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) s += ' ';
    s += kWords[rng->Below(sizeof kWords / sizeof kWords[0])];
  }
  s[0] = static_cast<char>(s[0] >= 'a' && s[0] <= 'z' ? s[0] - 32 : s[0]);
  return s + ". ";
}

// A news page of 8-40 KiB: head with metadata and scripts, navigation, article, footer.
std::string Page(Rng* rng, size_t i) {
  std::string html =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story " +
      std::to_string(i) + "</title><script>var cfg={id:" + std::to_string(i) +
      "};</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
      "<article><h1>" +
      Sentence(rng) + "</h1>";
  const size_t paragraphs = 10 + rng->Below(50);
  for (size_t p = 0; p < paragraphs; ++p) {
    html += "<p>";
    for (int k = 0; k < 4; ++k) html += Sentence(rng);
    html += "</p>\n";
  }
  return html + "</article><footer>&copy; The Bench Courier</footer></body></html>\n";
}

std::string Record(const std::string& type, const std::string& uri, const std::string& type_hdr,
                   const std::string& block) {
  return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2025-03-04T10:15:00Z\r\nContent-Type: " + type_hdr +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string GzipMember(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

struct Crawl {
  std::string path;
  size_t compressed = 0;
  size_t inflated = 0;
  size_t records = 0;
};

// Writes the crawl for `pages` pages (once per size per process) and returns its facts.
const Crawl& CrawlFor(size_t pages) {
  static std::map<size_t, Crawl> crawls;
  Crawl& c = crawls[pages];
  if (!c.path.empty()) return c;
  c.path = (fs::temp_directory_path() / ("corroborate-bench-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(pages) + ".warc.gz"))
               .string();
  std::ofstream out(c.path, std::ios::binary);
  Rng rng;
  auto put = [&](const std::string& record) {
    const std::string gz = GzipMember(record);
    out.write(gz.data(), static_cast<std::streamsize>(gz.size()));
    c.compressed += gz.size();
    c.inflated += record.size();
    ++c.records;
  };
  put(Record("warcinfo", "", "application/warc-fields", "software: ingest_warc_bench\r\n"));
  for (size_t i = 0; i < pages; ++i) {
    const std::string url = "https://bench.example/news/" + std::to_string(i);
    put(Record("request", url, "application/http; msgtype=request",
               "GET /news/" + std::to_string(i) + " HTTP/1.1\r\nHost: bench.example\r\n\r\n"));
    put(Record(
        "response", url, "application/http; msgtype=response",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + Page(&rng, i)));
    if (i % 3 == 0) {  // an image: incompressible bytes
      std::string image = "\xff\xd8\xff\xe0";
      const size_t size = 4096 + rng.Below(16384);
      while (image.size() < size) image += static_cast<char>(rng.Next() >> 56);
      put(Record("response", url + ".jpg", "application/http; msgtype=response",
                 "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n" + image));
    }
    put(Record("metadata", url, "application/warc-fields", "fetchTimeMs: 120\r\n"));
  }
  return c;
}

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double PeakRssMiB() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

// The baseline's work: read the file, inflate every member into a reused buffer.
size_t InflateFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  std::vector<unsigned char> in(256 * 1024), out(256 * 1024);
  z_stream z{};
  inflateInit2(&z, 31);
  size_t total = 0;
  ssize_t n;
  while ((n = ::read(fd, in.data(), in.size())) > 0) {
    z.next_in = in.data();
    z.avail_in = static_cast<uInt>(n);
    while (z.avail_in > 0) {
      z.next_out = out.data();
      z.avail_out = static_cast<uInt>(out.size());
      const int ret = inflate(&z, Z_NO_FLUSH);
      total += out.size() - z.avail_out;
      if (ret == Z_STREAM_END) {
        inflateReset(&z);
      } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
        break;
      }
    }
  }
  inflateEnd(&z);
  ::close(fd);
  return total;
}

size_t ReadCrawl(const std::string& path, size_t* pages) {
  size_t bytes = 0;
  ReadInputs(
      {path}, ReadOptions{},
      [&](RawDocument&& doc) {
        bytes += doc.bytes.size();
        ++*pages;
      },
      [](InputProblem&&) {});
  return bytes;
}

void Report(benchmark::State& state, const Crawl& c) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.inflated));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.records));
  state.counters["compressed_MB/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.compressed) / 1e6, benchmark::Counter::kIsRate);
  state.counters["records"] = static_cast<double>(c.records);
  state.counters["peak_rss_MiB"] = PeakRssMiB();
}

void BM_Baseline_ZlibInflate(benchmark::State& state) {
  const Crawl& c = CrawlFor(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(InflateFile(c.path));
  Report(state, c);
}

void BM_WarcRead(benchmark::State& state) {
  const Crawl& c = CrawlFor(static_cast<size_t>(state.range(0)));
  size_t pages = 0;
  const double cpu_start = ThreadCpuSeconds();
  for (auto _ : state) benchmark::DoNotOptimize(ReadCrawl(c.path, &pages));
  const double per_iteration =
      (ThreadCpuSeconds() - cpu_start) / static_cast<double>(state.iterations());
  Report(state, c);
  state.counters["pages"] = static_cast<double>(pages / static_cast<size_t>(state.iterations()));
  // The baseline on the same file in the same run, in CPU time (a shared machine's load then
  // matters little): best of 3.
  double best = 1e30;
  for (int i = 0; i < 3; ++i) {
    const double start = ThreadCpuSeconds();
    benchmark::DoNotOptimize(InflateFile(c.path));
    best = std::min(best, ThreadCpuSeconds() - start);
  }
  state.counters["x_zlib"] = per_iteration / best;
}

BENCHMARK(BM_Baseline_ZlibInflate)->Arg(1000)->Arg(4000)->Arg(16000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WarcRead)->Arg(1000)->Arg(4000)->Arg(16000)->Unit(benchmark::kMillisecond);

// Removes the generated files when the process ends.
struct Cleanup {
  ~Cleanup() {
    std::error_code ec;
    for (size_t pages : {1000, 4000, 16000}) {
      fs::remove(fs::temp_directory_path() / ("corroborate-bench-" + std::to_string(::getpid()) +
                                              "-" + std::to_string(pages) + ".warc.gz"),
                 ec);
    }
  }
} cleanup;

}  // namespace
}  // namespace corroborate::bench

BENCHMARK_MAIN();
