// Tree construction (internal to html/; use html/parser.h): turns the tokenizer's tokens into a
// Document the way browsers broadly do, with the simplifications listed in tree_builder.cc.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "html/arena.h"
#include "html/dom.h"
#include "html/parser.h"
#include "html/tokenizer.h"

namespace corroborate::html {

class TreeBuilder {
 public:
  TreeBuilder(std::string_view html, const ParseOptions& options);
  Document Build();

 private:
  enum class Mode : uint8_t { kBeforeHtml, kBeforeHead, kInHead, kAfterHead, kInBody, kText };
  enum class Ns : uint8_t { kHtml, kSvg, kMath };
  enum class Scope : uint8_t { kDefault, kListItem, kButton, kTable };
  struct OpenElement {
    NodeId id;
    Tag tag;
    Ns ns;
    uint16_t traits;
    std::string_view name;
  };

  static std::string_view CopyInput(Document* doc, std::string_view html);

  // One token in the current insertion mode; false: reprocess it in the (new) mode.
  bool BeforeHtml(Token& t);
  bool BeforeHead(Token& t);
  bool InHead(Token& t);
  bool AfterHead(Token& t);
  bool InBody(Token& t);
  bool InRawText(Token& t);
  void StartTagInBody(Token& t);
  void EndTagInBody(Token& t);
  void EndTagInBodyUncached(Token& t);
  void StartCell(Token& t);
  void StartRow(Token& t);
  void StartTableSection(Token& t);
  void EndFormatting(Token& t);
  void AnyOtherEndTag(const Token& t);

  // Tree primitives. Everything that adds a node or closes an element first flushes text.
  NodeId AppendNode(NodeId parent, NodeKind kind, uint32_t offset);
  NodeId InsertElement(const Token& t, Tag tag, std::string_view name, bool push,
                       std::span<const Attribute> attributes, bool* pushed = nullptr);
  NodeId InsertHtmlElement(const Token& t, bool push, bool* pushed = nullptr);
  NodeId InsertImplied(Tag tag, uint32_t offset);
  void InsertForeign(const Token& t);
  void InsertRawText(const Token& t, TextMode mode);
  void InsertText(const Token& t);
  void InsertComment(const Token& t, NodeId parent);
  void MergeAttributes(NodeId id, std::span<const Attribute> attributes);
  void FlushText();
  void Push(NodeId id, Tag tag, Ns ns, uint16_t traits, std::string_view name);
  void PopCurrent();
  void PopTo(size_t size);  // pops until open_.size() == size
  void Uncount(const OpenElement& e);
  void RemoveOpenAt(size_t index);
  bool PopUntilTag(Tag tag);        // pops through the nearest open `tag`; false if none
  void PopUntilCurrentIs(Tag tag);  // pops until the current node is `tag` (must be open)
  bool InScope(Tag tag, Scope scope);
  bool InScopeUncached(Tag tag, Scope scope) const;
  void ClosePInButtonScope();
  void Finish();

  NodeId CurrentNode() const { return open_.empty() ? Document::kRoot : open_.back().id; }
  bool CurrentIs(Tag tag) const {
    return !open_.empty() && open_.back().tag == tag && open_.back().ns == Ns::kHtml;
  }
  bool InForeignContent() const;
  bool Matches(const OpenElement& e, const Token& t) const {
    return e.ns == Ns::kHtml && e.tag == t.tag && (t.tag != Tag::kOther || e.name == t.name);
  }

  // Stack walks that found nothing, remembered by the stack version they ran at: until the
  // stack of open elements changes they would find nothing again. Keeps hostile floods of
  // stray tags linear with a small constant instead of max_depth work per tag.
  enum class Walk : uint8_t { kEndTag, kReopen, kListItem, kTable, kCount };
  static constexpr size_t kTagCount = static_cast<size_t>(Tag::kCount);
  static constexpr size_t kWalkCount = static_cast<size_t>(Walk::kCount);
  bool WasFruitless(Walk walk, const Token& t) const;
  void MarkFruitless(Walk walk, const Token& t);
  struct FruitlessOther {
    std::string_view name;
    uint64_t version = 0;
  };
  struct ScopeAnswer {
    uint64_t version = 0;  // stack_version_ + 1 when valid
    bool in_scope = false;
  };

  Document doc_;
  Arena arena_;
  std::string_view input_;
  Tokenizer tokenizer_;
  size_t max_depth_;
  bool keep_comments_;

  Mode mode_ = Mode::kBeforeHtml;
  Mode original_mode_ = Mode::kInBody;  // to return to after a raw-text element
  bool raw_pushed_ = false;             // the raw-text element is open (not depth-limited)
  std::vector<OpenElement> open_;
  std::array<uint32_t, static_cast<size_t>(Tag::kCount)> open_count_{};  // HTML elements only
  // Open HTML elements without a Tag, counted by a hash of their name, so a stray end tag of a
  // custom element is dismissed without walking the stack.
  std::array<uint32_t, 64> open_other_count_{};
  uint64_t stack_version_ = 0;  // changes whenever open_ changes
  std::array<ScopeAnswer, kTagCount * 4> scope_cache_{};
  std::array<uint64_t, kTagCount * kWalkCount> fruitless_known_{};
  std::array<FruitlessOther, 64 * kWalkCount> fruitless_other_{};
  static size_t OtherBucket(std::string_view name) {
    return name.empty() ? 0
                        : (name.size() * 31 + static_cast<unsigned char>(name.front()) +
                           static_cast<unsigned char>(name.back()) * 7) &
                              63;
  }
  bool MaybeOpen(const Token& t) const {
    return t.tag != Tag::kOther ? open_count_[static_cast<size_t>(t.tag)] > 0
                                : open_other_count_[OtherBucket(t.name)] > 0;
  }

  // Text waiting to become a node, so adjacent pieces merge into one node.
  std::string_view pending_;
  uint32_t pending_offset_ = 0;
  bool pending_in_buffer_ = false;
  std::string pending_buffer_;
};

}  // namespace corroborate::html
