#include "pipeline/pipeline.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "analyze/analyze.h"
#include "core/parallel.h"
#include "extract/extract.h"
#include "ingest/decode.h"
#include "nlp/linguistics.h"
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

// Extraction as documents stream in. An HTML page stands alone, so pages are extracted as soon
// as their decode batch is done and only their Articles are kept: a crawl of any size holds one
// batch of pages at a time. Text scrapes need evidence across pages of one outlet (repeated
// chrome lines, years missing from datelines), so they wait for the end; they are small.
class StreamingExtractor {
 public:
  StreamingExtractor(const PipelineOptions& options, std::vector<InputProblem>* problems,
                     const ArticleSink& sink)
      : options_(options), problems_(problems), sink_(sink) {}

  void Add(RawDocument&& doc) {
    batch_.push_back(std::move(doc));
    if (batch_.size() == kDecodeBatch) Flush();
  }

  // Extracts what is left; returns the number of articles delivered.
  size_t Finish() {
    Flush();
    Report(options_, "extract", 0, text_.size());
    Deliver(ExtractArticles(std::move(text_), options_.threads));
    return delivered_;
  }

 private:
  void Flush() {
    std::vector<DecodedDocument> decoded;
    DecodeBatch(&batch_, options_, &decoded, problems_);
    std::vector<DecodedDocument> pages;
    for (DecodedDocument& doc : decoded) {
      (doc.raw.format == "html" ? pages : text_).push_back(std::move(doc));
    }
    if (pages.empty()) return;
    std::vector<Article> articles = ExtractArticles(std::move(pages), options_.threads);
    // A page whose main content came out empty (a section front, a login wall, an error page)
    // is reported, not passed on as an article made of its title alone.
    std::erase_if(articles, [&](const Article& a) {
      const bool empty = a.text.empty() || a.text == a.title;
      if (empty && problems_) problems_->push_back({a.uri, "no article content found"});
      return empty;
    });
    Deliver(std::move(articles));
  }

  void Deliver(std::vector<Article> articles) {
    for (Article& a : articles) {
      ++delivered_;
      sink_(std::move(a));
    }
    Report(options_, "extract", delivered_, 0);
  }

  const PipelineOptions& options_;
  std::vector<InputProblem>* problems_;
  const ArticleSink& sink_;
  std::vector<RawDocument> batch_;
  std::vector<DecodedDocument> text_;
  size_t delivered_ = 0;
};

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

// Both entry points keep input order: each article remembers its document's sequence number.
namespace {

std::vector<Article> InInputOrder(std::vector<std::pair<size_t, Article>> numbered) {
  std::stable_sort(numbered.begin(), numbered.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Article> articles;
  articles.reserve(numbered.size());
  for (auto& [index, article] : numbered) articles.push_back(std::move(article));
  MakeIdsUnique(&articles);  // suffixes follow input order, not extraction order
  return articles;
}

// Collects streamed articles with the sequence number the reader gave their document.
struct NumberedCollector {
  std::unordered_map<std::string, size_t> order;  // uri -> sequence number
  std::vector<std::pair<size_t, Article>> articles;

  ArticleSink Sink() {
    return [this](Article&& a) {
      const auto it = order.find(a.uri);
      articles.emplace_back(it == order.end() ? SIZE_MAX : it->second, std::move(a));
    };
  }
};

}  // namespace

void ExtractInputsStreaming(const std::vector<std::string>& inputs, const PipelineOptions& options,
                            std::vector<InputProblem>* problems, const ArticleSink& sink) {
  // Ids already delivered, and the next suffix to try per id (linear for repeated names).
  std::unordered_set<std::string> taken;
  std::unordered_map<std::string, int> next_suffix;
  ArticleSink unique = [&](Article&& a) {
    if (!taken.insert(a.id).second) {
      const std::string base = a.id;
      int& k = next_suffix.try_emplace(base, 2).first->second;
      do {
        a.id = base + "-" + std::to_string(k++);
      } while (!taken.insert(a.id).second);
    }
    sink(std::move(a));
  };
  StreamingExtractor extractor(options, problems, unique);
  size_t read = 0;
  ReadInputs(
      inputs, options.read,
      [&](RawDocument&& doc) {
        Report(options, "read", ++read, 0);
        extractor.Add(std::move(doc));
      },
      [&](InputProblem&& problem) {
        if (problems) problems->push_back(std::move(problem));
      });
  extractor.Finish();
}

std::vector<Article> ExtractDocuments(std::vector<RawDocument> docs, const PipelineOptions& options,
                                      std::vector<InputProblem>* problems) {
  NumberedCollector collected;
  const ArticleSink sink = collected.Sink();
  StreamingExtractor extractor(options, problems, sink);
  for (size_t i = 0; i < docs.size(); ++i) {
    collected.order.emplace(docs[i].uri, i);
    extractor.Add(std::move(docs[i]));
  }
  extractor.Finish();
  return InInputOrder(std::move(collected.articles));
}

std::vector<Article> ExtractInputs(const std::vector<std::string>& inputs,
                                   const PipelineOptions& options,
                                   std::vector<InputProblem>* problems) {
  NumberedCollector collected;
  const ArticleSink sink = collected.Sink();
  StreamingExtractor extractor(options, problems, sink);
  size_t read = 0;
  ReadInputs(
      inputs, options.read,
      [&](RawDocument&& doc) {
        collected.order.emplace(doc.uri, read);
        Report(options, "read", ++read, 0);
        extractor.Add(std::move(doc));
      },
      [&](InputProblem&& problem) {
        if (problems) problems->push_back(std::move(problem));
      });
  extractor.Finish();
  return InInputOrder(std::move(collected.articles));
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
    docs[i] = Analyze(all[i], own.has_day() ? own : batch_reference, options.models);
    Report(options, "analyze", analyzed.fetch_add(1) + 1, all.size());
  });

  std::vector<StoryClusters> stories = ClusterStoryEvents(docs);
  size_t events = 0;
  for (size_t s = 0; s < stories.size(); ++s) {
    StoryInput input;
    for (uint32_t index : stories[s].articles) {
      input.docs.push_back(&docs[index]);
      input.article_index.push_back(index);
    }
    input.sourcing = FindSourcing(input.docs, input.article_index);
    if (options.models != nullptr) input.places = &options.models->places();
    if (options.models != nullptr) input.lexicon = options.models->lexicon();
    account.stories.push_back(Reconcile(input, all, "s" + std::to_string(s + 1)));
    for (std::vector<uint32_t>& members : stories[s].events) {
      std::string id = "ev" + std::to_string(++events);
      account.stories.back().events.push_back({std::move(id), std::move(members)});
    }
    Report(options, "reconcile", s + 1, stories.size());
  }
  return account;
}

}  // namespace corroborate
