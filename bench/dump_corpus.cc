// Writes a generated benchmark corpus to a folder (one .txt per scrape, the JSON-lines
// documents in bench-feed.jsonl), to read what the benchmarks feed the pipeline or to run
// the CLI over it:  dump_corpus OUT_DIR [ARTICLES] [SEED]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "corpus_generator.h"

namespace {

// A JSON string literal (quotes included) for s, which is UTF-8.
std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s OUT_DIR [ARTICLES] [SEED]\n", argv[0]);
    return 2;
  }
  corroborate::bench::CorpusOptions options;
  if (argc > 2) options.articles = std::strtoull(argv[2], nullptr, 10);
  if (argc > 3) options.seed = std::strtoull(argv[3], nullptr, 10);
  const std::filesystem::path dir = argv[1];
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::fprintf(stderr, "%s: %s\n", argv[1], ec.message().c_str());
    return 1;
  }
  std::ofstream feed;
  size_t files = 0, lines = 0;
  for (const corroborate::RawDocument& doc : corroborate::bench::GenerateCorpus(options)) {
    if (!doc.id.empty()) {
      if (!feed.is_open()) feed.open(dir / "bench-feed.jsonl", std::ios::binary);
      feed << "{\"id\": " << Quote(doc.id) << ", \"url\": " << Quote(doc.url)
           << ", \"outlet\": " << Quote(doc.outlet) << ", \"title\": " << Quote(doc.title)
           << ", \"published\": " << Quote(doc.published) << ", \"text\": " << Quote(doc.bytes)
           << "}\n";
      ++lines;
    } else {
      const std::string name = std::filesystem::path(doc.uri).filename().string();
      std::ofstream(dir / name, std::ios::binary) << doc.bytes;
      ++files;
    }
  }
  std::printf("%zu text files and %zu JSON lines in %s\n", files, lines, argv[1]);
  return 0;
}
