#include "extract/html/content_blocks.h"

#include <string_view>

namespace corroborate {
namespace {

using html::Document;
using html::NodeId;
using html::NodeKind;
using html::Tag;

constexpr uint32_t kMaxDataCellChars = 150;

bool IsHeadingTag(Tag tag) { return tag >= Tag::kH1 && tag <= Tag::kH6; }

bool IsCellTag(Tag tag) { return tag == Tag::kTd || tag == Tag::kTh; }

// Length of the Unicode space (or invisible character) starting at p, and whether it counts as
// a space; 0 when p starts something else.
size_t SpecialSpaceLength(const unsigned char* p, const unsigned char* end, bool* is_space) {
  const size_t left = static_cast<size_t>(end - p);
  *is_space = true;
  if (p[0] == 0xC2 && left >= 2 && p[1] == 0xA0) return 2;  // U+00A0
  if (left < 3) return 0;
  if (p[0] == 0xE2 && p[1] == 0x80) {
    if (p[2] <= 0x8A || p[2] == 0xA8 || p[2] == 0xA9 || p[2] == 0xAF) return 3;  // U+2000-200A…
    if (p[2] == 0x8B) return *is_space = false, 3;  // U+200B zero-width space
  }
  if (p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F) return 3;                     // U+205F
  if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) return 3;                     // U+3000
  if (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return *is_space = false, 3;  // U+FEFF
  return 0;
}

class BlockBuilder {
 public:
  BlockBuilder(const Document& doc, const PageFacts& facts, NodeId root,
               std::vector<TextBlock>* out)
      : doc_(doc), facts_(facts), root_(root), out_(out) {}

  void AddText(NodeId id) {
    const NodeFacts& f = facts_[id];
    if (f.text == 0 && f.block != owner_) return;  // white space between blocks
    if (f.block != owner_) {
      Flush();
      owner_ = f.block;
      kind_ = KindOf(owner_);
    }
    if (kind_ == BlockKind::kPreformatted) {
      text_.append(doc_.node(id).text);
    } else {
      AppendCollapsed(doc_.node(id).text, &text_, &pending_space_);
    }
    chars_ += f.text;
    link_chars_ += f.link_text;
  }

  // Ends the current line (a block boundary or <br>).
  void Flush() {
    if (chars_ > 0 && !text_.empty()) {
      if (kind_ == BlockKind::kPreformatted) {
        EmitPreformattedLines();
      } else {
        Emit(kind_, std::move(text_), chars_, link_chars_);
      }
    }
    text_.clear();
    pending_space_ = false;
    chars_ = link_chars_ = 0;
  }

  // A table row of plain cells becomes one line, cells joined by " | " (a data table); rows
  // holding blocks (layout tables) are walked like any other element. True when emitted.
  bool EmitSimpleRow(NodeId tr, const std::function<bool(NodeId)>& prune) {
    int cells = 0;
    for (NodeId id = doc_.Next(tr, tr); id != html::kNoNode; id = doc_.Next(id, tr)) {
      const html::Node& n = doc_.node(id);
      if (n.kind != NodeKind::kElement) continue;
      if (IsCellTag(n.tag)) {
        // A cell holding a paragraph's worth of text is page layout, not data.
        if (n.parent != tr || facts_[id].text > kMaxDataCellChars) return false;
        ++cells;
      } else if (StartsBlock(n.tag) || n.tag == Tag::kBr) {
        return false;
      }
    }
    if (cells < 2) return false;
    Flush();
    std::string row;
    uint32_t chars = 0, links = 0;
    for (NodeId cell = doc_.node(tr).first_child; cell != html::kNoNode;
         cell = doc_.node(cell).next_sibling) {
      if (facts_[cell].flags & kNodeInvisible || facts_[cell].text == 0 || prune(cell)) continue;
      if (!row.empty()) row += " | ";
      bool pending = false;
      for (NodeId id = doc_.Next(cell, cell); id != html::kNoNode;) {
        if (facts_[id].flags & kNodeInvisible) {
          id = doc_.NextSkippingChildren(id, cell);
          continue;
        }
        if (doc_.node(id).kind == NodeKind::kText) {
          AppendCollapsed(doc_.node(id).text, &row, &pending);
        }
        id = doc_.Next(id, cell);
      }
      chars += facts_[cell].text;
      links += facts_[cell].link_text;
    }
    if (chars > 0) Emit(BlockKind::kTableRow, std::move(row), chars, links, tr);
    owner_ = html::kNoNode;
    return true;
  }

 private:
  BlockKind KindOf(NodeId owner) const {
    int depth = 0;
    for (NodeId id = owner; id != html::kNoNode && depth < 40; id = doc_.node(id).parent, ++depth) {
      const Tag tag = doc_.node(id).tag;
      if (tag == Tag::kPre) return BlockKind::kPreformatted;
      if (IsHeadingTag(tag)) return BlockKind::kHeading;
      if (tag == Tag::kBlockquote) return BlockKind::kQuote;
      if (tag == Tag::kLi || tag == Tag::kDd || tag == Tag::kDt) return BlockKind::kListItem;
      if (id == root_) break;
    }
    return BlockKind::kParagraph;
  }

  void Emit(BlockKind kind, std::string text, uint32_t chars, uint32_t links,
            NodeId owner = html::kNoNode) {
    TextBlock b;
    b.block.kind = kind;
    b.block.text = std::move(text);
    b.owner = owner == html::kNoNode ? owner_ : owner;
    b.block.node = b.owner;
    b.chars = chars;
    b.link_chars = links;
    out_->push_back(std::move(b));
  }

  void EmitPreformattedLines() {
    std::string_view rest = text_;
    const uint32_t total = chars_;
    while (!rest.empty()) {
      const size_t nl = rest.find('\n');
      const std::string_view line = rest.substr(0, nl);
      rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
      std::string collapsed;
      bool pending = false;
      AppendCollapsed(line, &collapsed, &pending);
      if (collapsed.empty()) continue;
      const uint32_t chars = CountText(collapsed).chars;
      // Link text is spread over the lines in proportion; pre blocks rarely hold links.
      const uint32_t links =
          total == 0 ? 0
                     : static_cast<uint32_t>(static_cast<uint64_t>(link_chars_) * chars / total);
      Emit(BlockKind::kPreformatted, std::move(collapsed), chars, links);
    }
  }

  const Document& doc_;
  const PageFacts& facts_;
  NodeId root_;
  std::vector<TextBlock>* out_;
  std::string text_;
  bool pending_space_ = false;
  uint32_t chars_ = 0;
  uint32_t link_chars_ = 0;
  NodeId owner_ = html::kNoNode;
  BlockKind kind_ = BlockKind::kParagraph;
};

}  // namespace

void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      *pending_space = true;
      ++p;
      continue;
    }
    if (c >= 0xC2) {
      bool is_space = false;
      if (const size_t len = SpecialSpaceLength(p, end, &is_space); len > 0) {
        if (is_space) *pending_space = true;
        p += len;
        continue;
      }
    }
    if (*pending_space && !out->empty() && out->back() != ' ') out->push_back(' ');
    *pending_space = false;
    // Copy the run of ordinary bytes in one go.
    const unsigned char* run = p + 1;
    while (run<end&& * run> ' ' && *run < 0xC2) ++run;
    out->append(reinterpret_cast<const char*>(p), static_cast<size_t>(run - p));
    p = run;
  }
}

void CollectBlocks(const Document& doc, const PageFacts& facts, NodeId root,
                   const std::function<bool(NodeId)>& prune, std::vector<TextBlock>* out) {
  if (root == html::kNoNode || (facts[root].flags & kNodeInvisible)) return;
  BlockBuilder builder(doc, facts, root, out);
  NodeId id = root;
  while (id != html::kNoNode) {
    const html::Node& n = doc.node(id);
    if (n.kind == NodeKind::kElement) {
      if (id != root && ((facts[id].flags & kNodeInvisible) || prune(id))) {
        if (StartsBlock(n.tag)) builder.Flush();
        id = doc.NextSkippingChildren(id, root);
        continue;
      }
      if (n.tag == Tag::kBr || StartsBlock(n.tag)) builder.Flush();
      if (n.tag == Tag::kTr && builder.EmitSimpleRow(id, prune)) {
        id = doc.NextSkippingChildren(id, root);
        continue;
      }
    } else if (n.kind == NodeKind::kText && !(facts[id].flags & kNodeInvisible)) {
      builder.AddText(id);
    }
    id = doc.Next(id, root);
  }
  builder.Flush();
}

}  // namespace corroborate
