// HandStory: a story built by hand for reconcile/ tests — articles with the entity mentions and
// quotes that analyze/ would report, placed by searching the text, so each test states exactly
// what the analyzer saw.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/annotated_doc.h"
#include "reconcile/story_input.h"

namespace corroborate::testing {

// The span of the nth occurrence of needle in text (a test failure when absent).
inline TextSpan Find(const std::string& text, const std::string& needle, int nth = 0) {
  size_t pos = text.find(needle);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = text.find(needle, pos + 1);
  EXPECT_NE(pos, std::string::npos) << needle;
  if (pos == std::string::npos) return {};
  return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
}

class HandStory {
 public:
  // Articles get account indices first_article_index, first_article_index + 1, …
  explicit HandStory(uint32_t first_article_index = 0) : first_index_(first_article_index) {}

  size_t AddDoc(std::string text) {
    auto a = std::make_unique<Article>();
    a->text = std::move(text);
    auto d = std::make_unique<AnnotatedDoc>();
    d->article = a.get();
    articles_.push_back(std::move(a));
    docs_.push_back(std::move(d));
    return docs_.size() - 1;
  }

  void SetOutlet(size_t doc, std::string outlet) { articles_[doc]->outlet = std::move(outlet); }

  // Adds a mention of the nth occurrence of name; returns its index in the doc.
  size_t Mention(size_t doc, const std::string& name, EntityType type, int nth = 0,
                 const std::string& role = "", const std::string& alias = "") {
    const std::string& text = articles_[doc]->text;
    EntityMention m;
    m.span = Find(text, name, nth);
    m.type = type;
    if (!role.empty()) m.role = Find(text, role);
    if (!alias.empty()) m.alias = Find(text, alias);
    docs_[doc]->entities.push_back(m);
    return docs_[doc]->entities.size() - 1;
  }

  void AddQuote(size_t doc, const std::string& words, const std::string& speaker,
                uint32_t sentence = 0, bool direct = true, int speaker_nth = 0) {
    const std::string& text = articles_[doc]->text;
    Quote q;
    q.text = Find(text, words);
    if (!speaker.empty()) q.speaker = Find(text, speaker, speaker_nth);
    q.direct = direct;
    q.sentence = sentence;
    docs_[doc]->quotes.push_back(q);
  }

  StoryInput Input() const {
    StoryInput in;
    for (size_t i = 0; i < docs_.size(); ++i) {
      in.docs.push_back(docs_[i].get());
      in.article_index.push_back(first_index_ + static_cast<uint32_t>(i));
    }
    return in;
  }

  std::string_view Text(size_t doc) const { return articles_[doc]->text; }

 private:
  uint32_t first_index_;
  std::vector<std::unique_ptr<Article>> articles_;
  std::vector<std::unique_ptr<AnnotatedDoc>> docs_;
};

}  // namespace corroborate::testing
