// Main content = choose the container (content_scoring.h), walk it into blocks
// (content_blocks.h) while pruning chrome subtrees, then drop the blocks that are chrome on
// their own (link lists, title repeats, trailing headings).
#include "extract/html/main_content.h"

#include <algorithm>

#include "extract/html/content_blocks.h"
#include "extract/html/content_filter.h"
#include "extract/html/content_jsonld.h"
#include "extract/html/content_page.h"
#include "extract/html/content_scoring.h"
#include "extract/html/content_vocabulary.h"

namespace corroborate {
namespace {

using html::Document;
using html::NodeId;
using html::Tag;

// Prose below this many characters is not an article.
constexpr uint32_t kMinArticleChars = 80;
// A JSON-LD articleBody shorter than this is a teaser (many sites cut it at 500 characters).
constexpr size_t kMinJsonLdChars = 600;

// Within the chosen container: chrome subtrees go, unless one holds most of the container's
// prose (a wrapper whose class name is unlucky).
class Pruner {
 public:
  Pruner(const Document& doc, const PageFacts& facts, uint32_t root_prose)
      : doc_(doc), facts_(facts), root_prose_(root_prose) {}

  bool operator()(NodeId id) const {
    const NodeFacts& f = facts_[id];
    const Tag tag = doc_.node(id).tag;
    const bool holds_most =
        !(f.names & kNameComments) && root_prose_ > 0 && f.prose * 2 >= root_prose_;
    if (f.flags & kNodeChrome) return !holds_most;
    if (tag == Tag::kFooter || tag == Tag::kHeader || tag == Tag::kForm || (f.names & kNameWeak)) {
      return f.prose < 150 && !holds_most;
    }
    // Lists and boxes made mostly of links: navigation, teasers, tag lists.
    if ((tag == Tag::kUl || tag == Tag::kOl || tag == Tag::kDiv || tag == Tag::kSection ||
         tag == Tag::kTable || tag == Tag::kDl) &&
        f.text > 0 && f.own_text < f.text && f.link_text * 2 > f.text) {
      return !holds_most;
    }
    return false;
  }

 private:
  const Document& doc_;
  const PageFacts& facts_;
  uint32_t root_prose_;
};

}  // namespace

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kListItem:
      return "list item";
    case BlockKind::kQuote:
      return "quote";
    case BlockKind::kPreformatted:
      return "preformatted";
    case BlockKind::kTableRow:
      return "table row";
  }
  return "paragraph";
}

namespace {

MainContent FromMarkup(const Document& doc) {
  MainContent result;
  const PageFacts facts(doc);
  const ContainerChoice choice = ChooseContainer(doc, facts);
  if (choice.top == html::kNoNode) return result;
  uint32_t prose = 0;
  for (NodeId part : choice.parts) prose += facts[part].prose;
  if (prose < kMinArticleChars) return result;

  const Pruner prune(doc, facts, facts[choice.top].prose);
  std::vector<TextBlock> raw;
  for (NodeId part : choice.parts) {
    // Merged siblings pass the same test as everything inside the container.
    if (part != choice.top && prune(part)) continue;
    CollectBlocks(doc, facts, part, prune, &raw);
  }
  const uint32_t kept_chars = FilterBlocks(doc, std::move(raw), &result.blocks);
  if (kept_chars < kMinArticleChars) {
    result.blocks.clear();
    return result;
  }
  result.root = choice.top;
  return result;
}

}  // namespace

MainContent ExtractMainContent(const Document& doc) {
  MainContent result = FromMarkup(doc);
  // Markup without the article (rendered by script): the page's JSON-LD may still carry it.
  if (result.blocks.empty()) result.blocks = JsonLdArticleBody(doc, kMinJsonLdChars);
  return result;
}

}  // namespace corroborate
