// The whole pipeline: ingest -> decode -> extract -> analyze -> story -> reconcile.
// Streams inputs through decode one document at a time; extraction needs the batch (evidence
// across pages of one outlet), analysis runs in parallel, reconcile runs per story.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "model/account.h"

namespace corroborate {

namespace nlp {
class Linguistics;
}

struct PipelineOptions {
  unsigned threads = 0;  // 0 = all cores
  // The trained models (nlp/linguistics.h), shared read-only by the workers; nullptr runs the
  // rules only (no words, rule-based entity mentions). Not owned.
  const nlp::Linguistics* models = nullptr;
  ReadOptions read;
  // Called as work advances (stage name, done, total; total 0 when unknown). May be empty.
  // May be called from several worker threads at once: it must be thread-safe.
  std::function<void(const char* stage, size_t done, size_t total)> progress;
};

using ArticleSink = std::function<void(Article&&)>;

// Reads, decodes and extracts, handing each article to sink as soon as it is ready (on the
// caller's thread): HTML pages batch by batch, in bounded memory; text scrapes at the end, since
// their cleaning uses evidence across the whole batch. Ids are unique across the run.
void ExtractInputsStreaming(const std::vector<std::string>& inputs, const PipelineOptions& options,
                            std::vector<InputProblem>* problems, const ArticleSink& sink);

// Reads, decodes and extracts; problems (unreadable, binary, empty inputs) go to *problems.
// Articles come back in input order.
std::vector<Article> ExtractInputs(const std::vector<std::string>& inputs,
                                   const PipelineOptions& options,
                                   std::vector<InputProblem>* problems);

// Decodes and extracts documents already in memory (tests, benchmarks).
std::vector<Article> ExtractDocuments(std::vector<RawDocument> docs, const PipelineOptions& options,
                                      std::vector<InputProblem>* problems);

// Analyzes and cross-checks extracted articles.
Account BuildAccount(std::vector<Article> articles, const PipelineOptions& options);

}  // namespace corroborate
