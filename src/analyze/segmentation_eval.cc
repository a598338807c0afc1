// Tokenizer and sentence-splitter evaluation on a treebank; see segmentation_eval.h.
#include "analyze/segmentation_eval.h"

#include <set>
#include <utility>
#include <vector>

#include "analyze/analyze.h"
#include "nlp/conllu.h"
#include "nlp/ud_words.h"

namespace corroborate {
namespace {

using Span = std::pair<size_t, size_t>;

struct GoldDocument {
  std::string text;
  std::vector<Span> sentences, tokens, words;
};

// Appends one sentence's surface text to doc, recording gold spans.
void AppendSentence(const nlp::ConlluSentence& s, GoldDocument* doc) {
  const size_t sentence_begin = doc->text.size();
  for (const auto& t : s.SurfaceTokens()) {
    const size_t begin = doc->text.size();
    doc->text += t.form;
    doc->tokens.emplace_back(begin, doc->text.size());
    // Words inside a multiword token, when their forms spell it.
    std::string spelled;
    for (uint32_t w = t.first; w <= t.last; ++w) spelled += s.words[w].form;
    if (t.first == t.last || spelled != t.form) {
      doc->words.emplace_back(begin, doc->text.size());
    } else {
      size_t at = begin;
      for (uint32_t w = t.first; w <= t.last; ++w) {
        doc->words.emplace_back(at, at + s.words[w].form.size());
        at += s.words[w].form.size();
      }
    }
    if (t.space_after) doc->text += ' ';
  }
  size_t end = doc->text.size();
  while (end > sentence_begin && doc->text[end - 1] == ' ') --end;
  doc->text.resize(end);
  doc->sentences.emplace_back(sentence_begin, end);
}

void Score(const std::vector<Span>& gold, const std::vector<Span>& predicted, PrfCounts* c) {
  std::set<Span> g(gold.begin(), gold.end());
  c->gold += gold.size();
  c->predicted += predicted.size();
  for (const Span& p : predicted) c->correct += g.count(p);
}

void LogErrors(const std::string& text, const std::vector<Span>& gold,
               const std::vector<Span>& predicted, std::FILE* log) {
  std::set<Span> p(predicted.begin(), predicted.end());
  std::set<Span> g(gold.begin(), gold.end());
  for (const Span& s : gold) {
    if (!p.count(s)) {
      std::fprintf(log, "missed: %s\n", text.substr(s.first, s.second - s.first).c_str());
    }
  }
  for (const Span& s : predicted) {
    if (!g.count(s)) {
      std::fprintf(log, "  made: %s\n", text.substr(s.first, s.second - s.first).c_str());
    }
  }
}

void ScoreDocument(const GoldDocument& gold, SegmentationScores* scores, std::FILE* log,
                   std::FILE* token_log) {
  if (gold.text.empty()) return;
  Article article;
  article.text = gold.text;
  AnnotatedDoc doc;
  doc.article = &article;
  Tokenize(&doc);
  std::vector<Span> sentences, tokens, words;
  std::vector<std::pair<size_t, size_t>> pieces;
  for (const Sentence& s : doc.sentences) sentences.emplace_back(s.span.begin, s.span.end);
  for (const Token& t : doc.tokens) {
    tokens.emplace_back(t.span.begin, t.span.end);
    pieces.clear();
    nlp::SplitUdWords(t.span.Of(gold.text), &pieces);
    for (const auto& [b, e] : pieces) words.emplace_back(t.span.begin + b, t.span.begin + e);
  }
  Score(gold.sentences, sentences, &scores->sentences);
  Score(gold.tokens, tokens, &scores->tokens);
  Score(gold.words, words, &scores->words);
  ++scores->documents;
  if (log != nullptr) LogErrors(gold.text, gold.sentences, sentences, log);
  if (token_log != nullptr) LogErrors(gold.text, gold.tokens, tokens, token_log);
}

}  // namespace

Result<SegmentationScores> EvaluateSegmentation(const std::string& conllu_path, std::FILE* log,
                                                std::FILE* token_log) {
  nlp::ConlluReader reader = nlp::ConlluReader::Open(conllu_path);
  SegmentationScores scores;
  GoldDocument doc;
  nlp::ConlluSentence s;
  while (reader.Next(&s)) {
    if (s.newdoc) {
      ScoreDocument(doc, &scores, log, token_log);
      doc = GoldDocument();
    }
    if (!doc.text.empty()) doc.text += s.newpar ? '\n' : ' ';
    AppendSentence(s, &doc);
  }
  if (!reader.status().ok()) return reader.status();
  ScoreDocument(doc, &scores, log, token_log);
  return scores;
}

}  // namespace corroborate
