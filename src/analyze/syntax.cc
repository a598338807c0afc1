// Running the trained models over an article; see syntax.h.
#include "analyze/syntax.h"

#include <string_view>
#include <utility>

#include "nlp/ud_words.h"

namespace corroborate {
namespace {

// Per-thread buffers reused across sentences and articles.
struct Scratch {
  std::vector<std::string_view> words;  // the sentence's words as text
  std::vector<std::pair<size_t, size_t>> pieces;
  nlp::TaggedSentence tags;
  nlp::ParsedSentence tree;
  nlp::RecognizedSentence names;
  nlp::NerDocumentMemory memory;
};

EntityType TypeOf(std::string_view ner_type) {
  if (ner_type == "PER") return EntityType::kPerson;
  if (ner_type == "ORG") return EntityType::kOrganization;
  if (ner_type == "LOC") return EntityType::kPlace;
  if (ner_type == "NORP") return EntityType::kGroup;
  return EntityType::kOther;
}

}  // namespace

void AnnotateSyntax(const nlp::Linguistics& models, AnnotatedDoc* doc,
                    std::vector<ModelEntity>* entities) {
  thread_local Scratch scratch;
  Scratch& s = scratch;
  s.memory.Clear();
  const std::string_view text = doc->text();
  const std::vector<std::string>& type_names = models.ner().types();
  doc->words.clear();
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    Sentence& sentence = doc->sentences[si];
    const uint32_t first = static_cast<uint32_t>(doc->words.size());
    sentence.word_begin = first;
    s.words.clear();
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const TextSpan token = doc->tokens[t].span;
      s.pieces.clear();
      nlp::SplitUdWords(token.Of(text), &s.pieces);
      for (const auto& [begin, end] : s.pieces) {
        Word w;
        w.span = {token.begin + static_cast<uint32_t>(begin),
                  token.begin + static_cast<uint32_t>(end)};
        w.token = t;
        s.words.push_back(w.span.Of(text));
        doc->words.push_back(std::move(w));
      }
    }
    sentence.word_end = static_cast<uint32_t>(doc->words.size());
    if (s.words.empty()) continue;

    models.tagger().Tag(s.words, &s.tags);
    models.parser().Parse(s.words, s.tags, &s.tree);
    models.ner().Recognize(s.words, s.tags, &s.memory, &s.names);
    for (size_t i = 0; i < s.words.size(); ++i) {
      Word& w = doc->words[first + i];
      w.upos = s.tags.upos[i];
      w.xpos = s.tags.xpos[i];
      w.lemma = std::move(s.tags.lemmas[i]);
      const int32_t head = s.tree.heads[i];  // 1-based in the sentence, 0 = root
      w.head = head > 0 ? static_cast<int32_t>(first) + head - 1 : -1;
      w.deprel = s.tree.deprels[i];
    }
    for (const nlp::EntitySpan& e : s.names.entities) {
      if (e.begin >= e.end || e.end > s.words.size()) continue;
      ModelEntity m;
      m.span = {doc->words[first + e.begin].span.begin, doc->words[first + e.end - 1].span.end};
      if (e.type < type_names.size()) {
        m.label = type_names[e.type];
        m.type = TypeOf(m.label);
      }
      m.sentence = si;
      m.word_begin = first + e.begin;
      m.word_end = first + e.end;
      entities->push_back(m);
    }
  }
}

}  // namespace corroborate
