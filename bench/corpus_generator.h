// A synthetic news corpus for benchmarks: N articles about K invented stories, built in memory
// from sentence templates with varied names (and their transliterations), numbers, places and
// publish dates, wrapped in per-outlet site chrome (menus, cookie banners, share and comment
// prompts, related headlines, copyright lines), with some syndicated copies, some JSON-lines
// documents (metadata filled in, no chrome) and a few legacy Windows-1252 pages.
//
// Deterministic: the same options give the same bytes on every machine (own PRNG, no
// std::*_distribution). Cost: linear in the output, about 4 KiB per article.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/article.h"

namespace corroborate::bench {

struct CorpusOptions {
  size_t articles = 200;  // N
  size_t stories = 0;     // K; 0 = one story per 10 articles (at least 1)
  uint64_t seed = 20260303;
  double syndicated_share = 0.10;  // copies of an earlier article of the same story
  double jsonl_share = 0.08;       // documents as a JSON lines feed delivers them
  double cp1252_share = 0.04;      // scrapes saved in Windows-1252 instead of UTF-8
};

std::vector<RawDocument> GenerateCorpus(const CorpusOptions& options);

// The corpus for `articles` articles with default options, generated on first use and kept for
// the life of the process (benchmarks share it). Not thread-safe: call from the main thread.
const std::vector<RawDocument>& SharedCorpus(size_t articles);

// Sum of bytes.size() over the corpus.
size_t TotalBytes(const std::vector<RawDocument>& docs);

}  // namespace corroborate::bench
