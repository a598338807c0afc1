// What an element's class and id say about it: the generic vocabulary web templates use for
// article bodies ("article-body", "entry-content", "story") and for what surrounds them
// ("share-bar", "related-posts", "comments", "newsletter-signup", "cookie-banner", "byline").
// Names are split into words at punctuation, digits and camelCase ("relatedArticles" ->
// related, articles) and matched as whole words or word prefixes ("comments" by "comment"),
// never as arbitrary substrings, so "commentary" and "headline" do not match. Nothing here
// names a site. O(attribute length) per call; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace corroborate {

// Bit flags; an element can carry several ("article-comments": kPositive | kComments).
enum NameSignal : uint16_t {
  kNameNone = 0,
  kNamePositive = 1 << 0,     // article, story, entry, post, content, body, text…
  kNameBodyHint = 1 << 1,     // article-body, entry-content, story-text, articleBody…
  kNameBoilerplate = 1 << 2,  // share, social, related, newsletter, promo, nav, sidebar, ad…
  kNameComments = 1 << 3,     // comments, replies, disqus, respond
  kNameWeak = 1 << 4,         // header, meta, byline, author, date, tools, footer: chrome unless
                              // the element holds real prose
  kNameCaption = 1 << 5,      // caption, credit, figure text
  kNameHidden = 1 << 6,       // hidden, sr-only, visually-hidden, screen-reader-text
  kNameEmbed = 1 << 7,        // embed, embedded: a quoted post, even when also named "social"
};

// Classifies the words of a class and an id attribute (either may be empty).
uint16_t ClassifyNames(std::string_view class_attr, std::string_view id_attr);

}  // namespace corroborate
