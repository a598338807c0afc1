#include "pipeline/pipeline.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <utility>

#include "analyze/analyze.h"
#include "core/parallel.h"
#include "extract/extract.h"
#include "ingest/decode.h"
#include "reconcile/reconcile.h"
#include "story/cluster.h"
#include "story/sourcing.h"

namespace corroborate {
namespace {

// Decoding is done in batches of this many documents: enough to keep every core busy, small
// enough that a huge folder never holds more than one batch of undecoded bytes.
constexpr size_t kDecodeBatch = 256;

void Report(const PipelineOptions& options, const char* stage, size_t done, size_t total) {
  if (options.progress) options.progress(stage, done, total);
}

// Decodes a batch in parallel and appends the successes in input order.
void DecodeBatch(std::vector<RawDocument>* batch, const PipelineOptions& options,
                 std::vector<DecodedDocument>* out, std::vector<InputProblem>* problems) {
  std::vector<std::optional<Result<DecodedDocument>>> results(batch->size());
  ParallelFor(batch->size(), options.threads, [&](size_t i) {
    std::string uri = (*batch)[i].uri;
    results[i].emplace(Decode(std::move((*batch)[i])));
    if (!results[i]->ok()) (*batch)[i].uri = std::move(uri);  // keep the name for the report
  });
  for (size_t i = 0; i < results.size(); ++i) {
    if (results[i]->ok()) {
      out->push_back(std::move(*results[i]).value());
    } else if (problems) {
      problems->push_back({(*batch)[i].uri, results[i]->status().message()});
    }
  }
  batch->clear();
}

// The date relative expressions resolve against in articles that carry no publish date: the
// day most of the batch's dated articles were published on (ties: the latest).
CivilDate BatchReferenceDate(const std::vector<Article>& articles) {
  std::map<CivilDate, int> counts;
  for (const Article& a : articles) {
    if (a.published.date.has_day()) ++counts[a.published.date];
  }
  CivilDate best;
  int best_count = 0;
  for (const auto& [date, count] : counts) {
    if (count >= best_count) best = date, best_count = count;
  }
  return best;
}

}  // namespace

std::vector<Article> ExtractDocuments(std::vector<RawDocument> docs, const PipelineOptions& options,
                                      std::vector<InputProblem>* problems) {
  std::vector<DecodedDocument> decoded;
  decoded.reserve(docs.size());
  std::vector<RawDocument> batch;
  for (size_t i = 0; i < docs.size(); ++i) {
    batch.push_back(std::move(docs[i]));
    if (batch.size() == kDecodeBatch) DecodeBatch(&batch, options, &decoded, problems);
  }
  DecodeBatch(&batch, options, &decoded, problems);
  Report(options, "extract", 0, decoded.size());
  return ExtractArticles(std::move(decoded), options.threads);
}

std::vector<Article> ExtractInputs(const std::vector<std::string>& inputs,
                                   const PipelineOptions& options,
                                   std::vector<InputProblem>* problems) {
  std::vector<DecodedDocument> decoded;
  std::vector<RawDocument> batch;
  size_t read = 0;
  ReadInputs(
      inputs, options.read,
      [&](RawDocument&& doc) {
        batch.push_back(std::move(doc));
        Report(options, "read", ++read, 0);
        if (batch.size() == kDecodeBatch) DecodeBatch(&batch, options, &decoded, problems);
      },
      [&](InputProblem&& problem) {
        if (problems) problems->push_back(std::move(problem));
      });
  DecodeBatch(&batch, options, &decoded, problems);
  Report(options, "extract", 0, decoded.size());
  return ExtractArticles(std::move(decoded), options.threads);
}

Account BuildAccount(std::vector<Article> articles, const PipelineOptions& options) {
  Account account;
  account.articles = std::move(articles);
  const std::vector<Article>& all = account.articles;

  const CivilDate batch_reference = BatchReferenceDate(all);
  std::vector<AnnotatedDoc> docs(all.size());
  std::atomic<size_t> analyzed{0};
  ParallelFor(all.size(), options.threads, [&](size_t i) {
    const CivilDate& own = all[i].published.date;
    docs[i] = Analyze(all[i], own.has_day() ? own : batch_reference);
    Report(options, "analyze", analyzed.fetch_add(1) + 1, all.size());
  });

  std::vector<std::vector<uint32_t>> stories = ClusterStories(docs);
  for (size_t s = 0; s < stories.size(); ++s) {
    StoryInput input;
    for (uint32_t index : stories[s]) {
      input.docs.push_back(&docs[index]);
      input.article_index.push_back(index);
    }
    input.sourcing = FindSourcing(input.docs, input.article_index);
    account.stories.push_back(Reconcile(input, all, "s" + std::to_string(s + 1)));
    Report(options, "reconcile", s + 1, stories.size());
  }
  return account;
}

}  // namespace corroborate
