// Tokenizer and sentence-splitter evaluation on a treebank; see segmentation_eval.h.
#include "analyze/segmentation_eval.h"

#include <functional>
#include <set>
#include <utility>
#include <vector>

#include "analyze/analyze.h"
#include "analyze/model_sentences.h"
#include "nlp/conllu.h"
#include "nlp/ud_words.h"

namespace corroborate {
namespace {

using Span = std::pair<size_t, size_t>;

struct GoldDocument {
  std::string id;  // "# newdoc id"
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
                   std::FILE* token_log, const nlp::SentenceModel* sentence_model) {
  if (gold.text.empty()) return;
  Article article;
  article.text = gold.text;
  AnnotatedDoc doc;
  doc.article = &article;
  Tokenize(&doc);
  if (sentence_model != nullptr) SplitSentencesWithModel(*sentence_model, &doc);
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

// Reads the treebank document by document, calling on_document for each complete one.
Status ForEachDocument(const std::string& conllu_path,
                       const std::function<void(const GoldDocument&)>& on_document) {
  nlp::ConlluReader reader = nlp::ConlluReader::Open(conllu_path);
  GoldDocument doc;
  nlp::ConlluSentence s;
  while (reader.Next(&s)) {
    if (s.newdoc) {
      if (!doc.text.empty()) on_document(doc);
      doc = GoldDocument();
      doc.id = s.newdoc_id;
    }
    if (!doc.text.empty()) doc.text += s.newpar ? '\n' : ' ';
    AppendSentence(s, &doc);
  }
  if (!reader.status().ok()) return reader.status();
  if (!doc.text.empty()) on_document(doc);
  return Status::Ok();
}

// The gold document's lines as the classifier sees them, into out.
void AddLines(const GoldDocument& gold, SentenceLineSet* out) {
  out->texts.push_back(gold.text);
  Article article;
  article.text = out->texts.back();
  AnnotatedDoc doc;
  doc.article = &article;
  Tokenize(&doc);
  // The token spans are offsets, so they hold for the copy in out->texts too.
  const std::string_view text = out->texts.back();
  std::set<size_t> gold_starts;
  for (const Span& s : gold.sentences) gold_starts.insert(s.first);
  std::set<size_t> token_starts;
  for (const Token& t : doc.tokens) token_starts.insert(t.span.begin);
  for (size_t g : gold_starts) out->gold_starts_unreachable += !token_starts.count(g);
  const std::vector<Sentence>& rules = doc.sentences;
  for (size_t si = 0; si < rules.size();) {
    size_t sj = si + 1;
    while (sj < rules.size() && rules[sj].paragraph == rules[si].paragraph) ++sj;
    const size_t first = rules[si].token_begin, end = rules[sj - 1].token_end;
    nlp::SentenceLine line;
    BuildSentenceLine(text, doc.tokens, first, end, rules, &line);
    line.gold_start.assign(end - first, 0);
    for (size_t t = first; t < end; ++t) {
      line.gold_start[t - first] = gold_starts.count(doc.tokens[t].span.begin) > 0;
    }
    out->lines.push_back(std::move(line));
    si = sj;
  }
  ++out->documents;
}

}  // namespace

Result<SegmentationScores> EvaluateSegmentation(const std::string& conllu_path, std::FILE* log,
                                                std::FILE* token_log,
                                                const nlp::SentenceModel* sentence_model) {
  SegmentationScores scores;
  Status s = ForEachDocument(conllu_path, [&](const GoldDocument& doc) {
    ScoreDocument(doc, &scores, log, token_log, sentence_model);
  });
  if (!s.ok()) return s;
  return scores;
}

Status ReadSentenceLines(const std::string& conllu_path,
                         const std::function<bool(std::string_view)>& keep_document,
                         SentenceLineSet* out) {
  return ForEachDocument(conllu_path, [&](const GoldDocument& doc) {
    if (keep_document && !keep_document(doc.id)) {
      ++out->documents_skipped;
      return;
    }
    AddLines(doc, out);
  });
}

}  // namespace corroborate
