// Tree construction after the WHATWG algorithm, reduced to what decides the shape of real news
// pages. Nodes are only ever appended as the last child of an element on the right-most path of
// the tree, so the node array is in document (pre-)order and no node is ever moved.
//
// Implemented as the spec does: insertion modes before html / before head / in head / after
// head / in body / text; implied <html>, <head>, <body>; head elements after </head> go back
// into <head>; a second <html> or <body> merges its attributes; <p> closed by block starts (in
// button scope), <li> by <li>, <dt>/<dd> by either, <option> by <option>/<optgroup>, headings by
// headings; cells and rows close open cells and rows, with implied <tbody> and <tr>; the
// default, list-item, button and table scopes; "special" elements stop stray end tags (a
// stray </span> never closes a <div>); a stray </p> makes an empty <p>, </br> a <br>;
// raw-text and RCDATA elements; <plaintext>; svg/math foreign content with self-closing tags,
// CDATA, HTML integration points and the breakout tags.
//
// Simplified:
// - Adoption agency: an end tag of a formatting element (a, b, i, em, font, …) pops back to it;
//   when a block ("special") element was opened inside it (<b><p>x</b>y</p>), the formatting
//   element is only taken off the stack, so the block stays open and keeps its text ("xy"),
//   as in browsers, but the formatting element is not cloned into the block. Formatting
//   elements are never reconstructed after a block closes them.
// - No foster parenting: text or elements misplaced directly inside <table> stay there instead
//   of moving before the table. No "in select"/"in table" token filtering.
// - Whitespace-only text before <body> is dropped; comments after </head> go into <head>.
// - <template> content is parsed into the <template> element (no separate fragment).
// - Elements that would be deeper than ParseOptions::max_depth are inserted but not opened:
//   their content becomes their following siblings (a raw-text element's text is dropped).
// - Inside svg/math the elements are Tag::kOther (except <svg> and <math>), so an svg <title>
//   or <a> is never taken for the HTML one; their names are lowercased too.
//
// Cost: work per token is bounded by the stack of open elements (at most max_depth, clamped to
// 4…65535); stack walks that found nothing are remembered until the stack changes, so floods
// of stray end tags or of start tags at the depth limit cost a constant each.
#include "html/tree_builder.h"

#include <algorithm>
#include <cstring>

#include "html/tag_traits.h"

namespace corroborate::html {
namespace {

constexpr size_t kMinDepth = 4;  // document > html > body > content
constexpr size_t kMaxDepthLimit = UINT16_MAX;
constexpr uint32_t kMaxMergedAttributes = 256;

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Drops leading whitespace from a text token; true when nothing is left.
bool StripLeadingSpace(Token& t) {
  size_t i = 0;
  while (i < t.text.size() && IsSpace(t.text[i])) ++i;
  t.text.remove_prefix(i);
  t.offset += static_cast<uint32_t>(i);
  return t.text.empty();
}

uint16_t TraitsOf(const Token& t) {
  return t.tag == Tag::kOther ? OtherTagTraits(t.name) : TagTraits(t.tag);
}

bool IsOneOf(Tag tag, std::initializer_list<Tag> tags) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

}  // namespace

std::string_view TreeBuilder::CopyInput(Document* doc, std::string_view html) {
  // Offsets are 32-bit; a page beyond 4 GB is cut (readers refuse such files long before).
  size_t size = std::min<size_t>(html.size(), UINT32_MAX - 1);
  doc->storage_.push_back(std::make_unique_for_overwrite<char[]>(size + 1));
  char* copy = doc->storage_.back().get();
  if (size > 0) std::memcpy(copy, html.data(), size);
  copy[size] = '\0';
  return std::string_view(copy, size);
}

TreeBuilder::TreeBuilder(std::string_view html, const ParseOptions& options)
    : arena_(&doc_.storage_),
      input_(CopyInput(&doc_, html)),
      tokenizer_(input_, &arena_),
      max_depth_(std::clamp(options.max_depth, kMinDepth, kMaxDepthLimit)),
      keep_comments_(options.keep_comments) {
  // Real pages average one node per 60–100 bytes; reserving avoids most regrowth.
  doc_.nodes_.reserve(input_.size() / 48 + 16);
  doc_.attributes_.reserve(input_.size() / 64 + 16);
  doc_.stats_.input_bytes = input_.size();
  open_.reserve(64);
  Node root;
  root.kind = NodeKind::kDocument;
  doc_.nodes_.push_back(root);
}

Document TreeBuilder::Build() {
  Token t;
  while (true) {
    tokenizer_.set_cdata_allowed(InForeignContent());
    tokenizer_.Next(&t);
    bool done = false;
    while (!done) {
      switch (mode_) {
        case Mode::kBeforeHtml:
          done = BeforeHtml(t);
          break;
        case Mode::kBeforeHead:
          done = BeforeHead(t);
          break;
        case Mode::kInHead:
          done = InHead(t);
          break;
        case Mode::kAfterHead:
          done = AfterHead(t);
          break;
        case Mode::kInBody:
          done = InBody(t);
          break;
        case Mode::kText:
          done = InRawText(t);
          break;
      }
    }
    if (t.kind == TokenKind::kEof) break;
  }
  Finish();
  return std::move(doc_);
}

// ---- insertion modes ----

bool TreeBuilder::BeforeHtml(Token& t) {
  switch (t.kind) {
    case TokenKind::kDoctype: {
      NodeId id = AppendNode(Document::kRoot, NodeKind::kDoctype, t.offset);
      doc_.nodes_[id].text = t.text;
      return true;
    }
    case TokenKind::kComment:
      InsertComment(t, Document::kRoot);
      return true;
    case TokenKind::kText:
      if (StripLeadingSpace(t)) return true;
      break;
    case TokenKind::kStartTag:
      if (t.tag == Tag::kHtml) {
        doc_.html_ = InsertElement(t, Tag::kHtml, "html", true, tokenizer_.attributes());
        mode_ = Mode::kBeforeHead;
        return true;
      }
      break;
    case TokenKind::kEndTag:
      if (!IsOneOf(t.tag, {Tag::kHead, Tag::kBody, Tag::kHtml, Tag::kBr})) return true;
      break;
    case TokenKind::kEof:
      break;
  }
  doc_.html_ = InsertImplied(Tag::kHtml, t.offset);
  mode_ = Mode::kBeforeHead;
  return false;
}

bool TreeBuilder::BeforeHead(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      if (StripLeadingSpace(t)) return true;
      break;
    case TokenKind::kComment:
      InsertComment(t, CurrentNode());
      return true;
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kStartTag:
      if (t.tag == Tag::kHtml) {
        MergeAttributes(doc_.html_, tokenizer_.attributes());
        return true;
      }
      if (t.tag == Tag::kHead) {
        doc_.head_ = InsertElement(t, Tag::kHead, "head", true, tokenizer_.attributes());
        mode_ = Mode::kInHead;
        return true;
      }
      break;
    case TokenKind::kEndTag:
      if (!IsOneOf(t.tag, {Tag::kHead, Tag::kBody, Tag::kHtml, Tag::kBr})) return true;
      break;
    case TokenKind::kEof:
      break;
  }
  doc_.head_ = InsertImplied(Tag::kHead, t.offset);
  mode_ = Mode::kInHead;
  return false;
}

bool TreeBuilder::InHead(Token& t) {
  if (open_count_[static_cast<size_t>(Tag::kTemplate)] > 0 &&
      !(t.kind == TokenKind::kEndTag && t.tag == Tag::kTemplate) && t.kind != TokenKind::kEof) {
    return InBody(t);  // template content in the head is parsed as body content
  }
  switch (t.kind) {
    case TokenKind::kText:
      if (StripLeadingSpace(t)) return true;
      break;
    case TokenKind::kComment:
      InsertComment(t, CurrentNode());
      return true;
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::kHtml:
          MergeAttributes(doc_.html_, tokenizer_.attributes());
          return true;
        case Tag::kBase:
        case Tag::kLink:
        case Tag::kMeta:
          InsertHtmlElement(t, false);
          return true;
        case Tag::kTitle:
          InsertRawText(t, TextMode::kRcdata);
          return true;
        case Tag::kNoscript:
        case Tag::kNoframes:
        case Tag::kStyle:
          InsertRawText(t, TextMode::kRawText);
          return true;
        case Tag::kScript:
          InsertRawText(t, TextMode::kScriptData);
          return true;
        case Tag::kTemplate:
          InsertHtmlElement(t, true);
          return true;
        case Tag::kHead:
          return true;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      if (t.tag == Tag::kHead) {
        PopUntilTag(Tag::kHead);
        mode_ = Mode::kAfterHead;
        return true;
      }
      if (t.tag == Tag::kTemplate) {
        PopUntilTag(Tag::kTemplate);
        return true;
      }
      if (!IsOneOf(t.tag, {Tag::kBody, Tag::kHtml, Tag::kBr})) return true;
      break;
    case TokenKind::kEof:
      break;
  }
  PopUntilTag(Tag::kHead);
  mode_ = Mode::kAfterHead;
  return false;
}

bool TreeBuilder::AfterHead(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      if (StripLeadingSpace(t)) return true;
      break;
    case TokenKind::kComment:
      InsertComment(t, doc_.head_);
      return true;
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case Tag::kHtml:
          MergeAttributes(doc_.html_, tokenizer_.attributes());
          return true;
        case Tag::kBody:
          doc_.body_ = InsertElement(t, Tag::kBody, "body", true, tokenizer_.attributes());
          mode_ = Mode::kInBody;
          return true;
        case Tag::kBase:
        case Tag::kLink:
        case Tag::kMeta:
        case Tag::kNoframes:
        case Tag::kScript:
        case Tag::kStyle:
        case Tag::kTitle: {
          // The spec reopens <head> for these; a raw-text element stays open above it.
          Push(doc_.head_, Tag::kHead, Ns::kHtml, TagTraits(Tag::kHead), "head");
          InHead(t);
          for (size_t i = open_.size(); i-- > 0;) {
            if (open_[i].id == doc_.head_) {
              RemoveOpenAt(i);
              break;
            }
          }
          return true;
        }
        case Tag::kHead:
          return true;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      if (!IsOneOf(t.tag, {Tag::kBody, Tag::kHtml, Tag::kBr})) return true;
      break;
    case TokenKind::kEof:
      break;
  }
  doc_.body_ = InsertImplied(Tag::kBody, t.offset);
  mode_ = Mode::kInBody;
  return false;
}

bool TreeBuilder::InRawText(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      if (raw_pushed_) InsertText(t);  // a depth-limited element's content is dropped
      return true;
    case TokenKind::kEndTag:
      if (raw_pushed_) PopCurrent();
      mode_ = original_mode_;
      return true;
    default:  // end of input inside the element
      if (raw_pushed_) PopCurrent();
      mode_ = original_mode_;
      return false;
  }
}

bool TreeBuilder::InBody(Token& t) {
  switch (t.kind) {
    case TokenKind::kText:
      InsertText(t);
      return true;
    case TokenKind::kComment:
      InsertComment(t, CurrentNode());
      return true;
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kStartTag:
      StartTagInBody(t);
      return true;
    case TokenKind::kEndTag:
      EndTagInBody(t);
      return true;
    case TokenKind::kEof:
      return true;
  }
  return true;
}

// ---- in body: start tags ----

void TreeBuilder::StartTagInBody(Token& t) {
  if (InForeignContent()) {
    bool breakout = (TraitsOf(t) & kTraitBreakout) != 0;
    if (t.tag == Tag::kFont) {
      for (const Attribute& a : tokenizer_.attributes()) {
        if (a.name == "color" || a.name == "face" || a.name == "size") breakout = true;
      }
    }
    if (!breakout) return InsertForeign(t);
    while (InForeignContent()) PopCurrent();
  }
  if (t.tag == Tag::kOther && t.name == "image") {  // the spec's one renamed tag
    t.tag = Tag::kImg;
    t.name = "img";
  }
  switch (t.tag) {
    case Tag::kHtml:
      MergeAttributes(doc_.html_, tokenizer_.attributes());
      return;
    case Tag::kBody:
      MergeAttributes(doc_.body_, tokenizer_.attributes());
      return;
    case Tag::kHead:
      return;
    case Tag::kTitle:
    case Tag::kTextarea:
      InsertRawText(t, TextMode::kRcdata);
      return;
    case Tag::kXmp:
      ClosePInButtonScope();
      InsertRawText(t, TextMode::kRawText);
      return;
    case Tag::kStyle:
    case Tag::kNoscript:
    case Tag::kNoframes:
    case Tag::kNoembed:
    case Tag::kIframe:
      InsertRawText(t, TextMode::kRawText);
      return;
    case Tag::kScript:
      InsertRawText(t, TextMode::kScriptData);
      return;
    case Tag::kPlaintext:
      ClosePInButtonScope();
      InsertHtmlElement(t, true);
      tokenizer_.SetTextMode(TextMode::kPlaintext, {});
      return;
    case Tag::kLi:
    case Tag::kDd:
    case Tag::kDt: {
      // Close the open item of the same family unless a block other than address/div/p
      // intervenes (a nested list keeps its parent item open).
      for (size_t i = WasFruitless(Walk::kListItem, t) ? 0 : open_.size(); i-- > 0;) {
        const OpenElement& e = open_[i];
        bool same =
            e.ns == Ns::kHtml &&
            (t.tag == Tag::kLi ? e.tag == Tag::kLi : (e.tag == Tag::kDd || e.tag == Tag::kDt));
        if (same) {
          PopTo(i);
          break;
        }
        if ((e.traits & kTraitSpecial) && !IsOneOf(e.tag, {Tag::kAddress, Tag::kDiv, Tag::kP})) {
          MarkFruitless(Walk::kListItem, t);
          break;
        }
      }
      ClosePInButtonScope();
      InsertHtmlElement(t, true);
      return;
    }
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
      ClosePInButtonScope();
      if (!open_.empty() && open_.back().ns == Ns::kHtml && (open_.back().traits & kTraitHeading)) {
        PopCurrent();
      }
      InsertHtmlElement(t, true);
      return;
    case Tag::kA:
    case Tag::kNobr:
      // A new link closes one still open: <a>1<a>2 gives two sibling links.
      if (open_count_[static_cast<size_t>(t.tag)] > 0 && !WasFruitless(Walk::kReopen, t)) {
        Token end = t;
        end.kind = TokenKind::kEndTag;
        uint64_t version = stack_version_;
        EndFormatting(end);
        if (version == stack_version_) MarkFruitless(Walk::kReopen, t);
      }
      InsertHtmlElement(t, true);
      return;
    case Tag::kButton:
      if (InScope(Tag::kButton, Scope::kDefault)) PopUntilTag(Tag::kButton);
      InsertHtmlElement(t, true);
      return;
    case Tag::kTable:
      // <table> directly inside a table (not in a cell) closes it, as in the spec.
      for (size_t i = WasFruitless(Walk::kTable, t) ? 0 : open_.size(); i-- > 0;) {
        const OpenElement& e = open_[i];
        if (e.ns != Ns::kHtml) continue;
        if (e.tag == Tag::kTable) {
          PopTo(i);
          break;
        }
        if (IsOneOf(e.tag, {Tag::kTd, Tag::kTh, Tag::kCaption, Tag::kTemplate, Tag::kHtml})) {
          MarkFruitless(Walk::kTable, t);
          break;
        }
      }
      ClosePInButtonScope();
      InsertHtmlElement(t, true);
      return;
    case Tag::kTd:
    case Tag::kTh:
      StartCell(t);
      return;
    case Tag::kTr:
      StartRow(t);
      return;
    case Tag::kThead:
    case Tag::kTbody:
    case Tag::kTfoot:
    case Tag::kCaption:
    case Tag::kColgroup:
      StartTableSection(t);
      return;
    case Tag::kCol:
      if (!InScope(Tag::kTable, Scope::kTable)) return;
      if (!CurrentIs(Tag::kColgroup)) PopUntilCurrentIs(Tag::kTable);
      InsertHtmlElement(t, false);
      return;
    case Tag::kOption:
      if (CurrentIs(Tag::kOption)) PopCurrent();
      InsertHtmlElement(t, true);
      return;
    case Tag::kOptgroup:
      if (CurrentIs(Tag::kOption)) PopCurrent();
      if (CurrentIs(Tag::kOptgroup)) PopCurrent();
      InsertHtmlElement(t, true);
      return;
    case Tag::kRt:
    case Tag::kRp:
      if (CurrentIs(Tag::kRt) || CurrentIs(Tag::kRp)) PopCurrent();
      InsertHtmlElement(t, true);
      return;
    case Tag::kSvg:
    case Tag::kMath:
      InsertForeign(t);
      return;
    case Tag::kFrame:  // frames only mean something inside a frameset
      return;
    default: {
      uint16_t traits = TraitsOf(t);
      if (traits & kTraitClosesP) ClosePInButtonScope();
      InsertHtmlElement(t, !(traits & kTraitVoid));
      return;
    }
  }
}

void TreeBuilder::StartCell(Token& t) {
  if (!InScope(Tag::kTable, Scope::kTable)) return;  // a cell outside a table is ignored
  if (InScope(Tag::kTd, Scope::kTable) || InScope(Tag::kTh, Scope::kTable)) {
    while (!CurrentIs(Tag::kTd) && !CurrentIs(Tag::kTh)) PopCurrent();
    PopCurrent();
  }
  if (InScope(Tag::kTr, Scope::kTable)) {
    PopUntilCurrentIs(Tag::kTr);
  } else {
    StartRow(t);  // implied <tr> (and <tbody>)
  }
  InsertHtmlElement(t, true);
}

void TreeBuilder::StartRow(Token& t) {
  if (!InScope(Tag::kTable, Scope::kTable)) return;
  if (InScope(Tag::kTr, Scope::kTable)) PopUntilTag(Tag::kTr);
  bool in_section = InScope(Tag::kTbody, Scope::kTable) || InScope(Tag::kThead, Scope::kTable) ||
                    InScope(Tag::kTfoot, Scope::kTable);
  if (in_section) {
    while (!CurrentIs(Tag::kTbody) && !CurrentIs(Tag::kThead) && !CurrentIs(Tag::kTfoot)) {
      PopCurrent();
    }
  } else {
    PopUntilCurrentIs(Tag::kTable);
    InsertImplied(Tag::kTbody, t.offset);
  }
  if (t.tag == Tag::kTr) {
    InsertHtmlElement(t, true);
  } else {
    InsertImplied(Tag::kTr, t.offset);
  }
}

void TreeBuilder::StartTableSection(Token& t) {
  if (!InScope(Tag::kTable, Scope::kTable)) return;
  PopUntilCurrentIs(Tag::kTable);
  InsertHtmlElement(t, true);
}

// ---- in body: end tags ----

void TreeBuilder::EndTagInBody(Token& t) {
  // A stray end tag that changed nothing changes nothing again until the stack changes; the
  // cache keeps floods of them from walking the stack every time.
  if (WasFruitless(Walk::kEndTag, t)) return;
  uint64_t version = stack_version_;
  size_t nodes = doc_.nodes_.size();
  EndTagInBodyUncached(t);
  if (version == stack_version_ && nodes == doc_.nodes_.size()) MarkFruitless(Walk::kEndTag, t);
}

void TreeBuilder::EndTagInBodyUncached(Token& t) {
  // End tags follow the foreign rules whenever the current node is svg/math, integration
  // points included (</title> closes an svg <title>).
  if (!open_.empty() && open_.back().ns != Ns::kHtml) {
    if (t.tag == Tag::kBr || t.tag == Tag::kP) {
      while (InForeignContent()) PopCurrent();
    } else {
      for (size_t i = open_.size(); i-- > 0 && open_[i].ns != Ns::kHtml;) {
        if (open_[i].name == t.name) {
          PopTo(i);
          return;
        }
      }
    }
  }
  switch (t.tag) {
    case Tag::kBody:
    case Tag::kHtml:
    case Tag::kHead:
      return;  // content after </body> still goes into the body, as in browsers
    case Tag::kP:
      if (InScope(Tag::kP, Scope::kButton)) {
        PopUntilTag(Tag::kP);
      } else {
        InsertHtmlElement(t, false);  // a stray </p> is an empty paragraph
      }
      return;
    case Tag::kBr: {
      Token br = t;
      br.kind = TokenKind::kStartTag;
      InsertHtmlElement(br, false);
      return;
    }
    case Tag::kLi:
      if (InScope(Tag::kLi, Scope::kListItem)) PopUntilTag(Tag::kLi);
      return;
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
      // Any open heading closes (<h2>…</h3> is common).
      for (size_t i = open_.size(); i-- > 0;) {
        const OpenElement& e = open_[i];
        if (e.ns == Ns::kHtml && (e.traits & kTraitHeading)) {
          PopTo(i);
          return;
        }
        if (e.traits & kTraitScope) return;
      }
      return;
    case Tag::kTd:
    case Tag::kTh:
    case Tag::kTr:
    case Tag::kThead:
    case Tag::kTbody:
    case Tag::kTfoot:
    case Tag::kTable:
    case Tag::kCaption:
    case Tag::kColgroup:
      if (InScope(t.tag, Scope::kTable)) PopUntilTag(t.tag);
      return;
    default:
      break;
  }
  uint16_t traits = TraitsOf(t);
  if (traits & kTraitFormatting) return EndFormatting(t);
  if (t.tag != Tag::kOther && (traits & kTraitSpecial)) {
    if (InScope(t.tag, Scope::kDefault)) PopUntilTag(t.tag);
    return;
  }
  AnyOtherEndTag(t);
}

void TreeBuilder::EndFormatting(Token& t) {
  if (!MaybeOpen(t)) return;
  for (size_t i = open_.size(); i-- > 0;) {
    const OpenElement& e = open_[i];
    if (Matches(e, t)) {
      bool block_inside = false;
      for (size_t j = i + 1; j < open_.size(); ++j) {
        if (open_[j].traits & kTraitSpecial) block_inside = true;
      }
      if (block_inside) {
        RemoveOpenAt(i);  // the block stays open with its text (see the file comment)
      } else {
        PopTo(i);
      }
      return;
    }
    if (e.traits & kTraitScope) return;
  }
}

void TreeBuilder::AnyOtherEndTag(const Token& t) {
  if (!MaybeOpen(t)) return;
  for (size_t i = open_.size(); i-- > 0;) {
    const OpenElement& e = open_[i];
    if (Matches(e, t)) {
      PopTo(i);
      return;
    }
    if (e.traits & kTraitSpecial) return;
  }
}

// ---- tree primitives ----

NodeId TreeBuilder::AppendNode(NodeId parent, NodeKind kind, uint32_t offset) {
  auto& nodes = doc_.nodes_;
  NodeId id = static_cast<NodeId>(nodes.size());
  nodes.emplace_back();
  Node& n = nodes.back();
  Node& p = nodes[parent];
  n.kind = kind;
  n.parent = parent;
  n.depth = static_cast<uint16_t>(p.depth + 1);
  n.source_offset = offset;
  if (p.last_child == kNoNode) {
    p.first_child = id;
  } else {
    nodes[p.last_child].next_sibling = id;
    n.prev_sibling = p.last_child;
  }
  p.last_child = id;
  if (n.depth > doc_.stats_.max_depth_seen) doc_.stats_.max_depth_seen = n.depth;
  return id;
}

NodeId TreeBuilder::InsertElement(const Token& t, Tag tag, std::string_view name, bool push,
                                  std::span<const Attribute> attributes, bool* pushed) {
  FlushText();
  NodeId parent = CurrentNode();
  NodeId id = AppendNode(parent, NodeKind::kElement, t.offset);
  Node& n = doc_.nodes_[id];
  n.tag = tag;
  n.name = name;
  n.attr_begin = static_cast<uint32_t>(doc_.attributes_.size());
  n.attr_count = static_cast<uint32_t>(attributes.size());
  doc_.attributes_.insert(doc_.attributes_.end(), attributes.begin(), attributes.end());
  ++doc_.stats_.elements;
  bool opened = false;
  if (push) {
    if (n.depth < max_depth_) {
      Ns ns = tag == Tag::kSvg ? Ns::kSvg : tag == Tag::kMath ? Ns::kMath : Ns::kHtml;
      uint16_t traits = tag == Tag::kOther ? OtherTagTraits(name) : TagTraits(tag);
      Push(id, tag, ns, traits, name);
      opened = true;
    } else {
      doc_.stats_.depth_limited = true;
    }
  }
  if (pushed != nullptr) *pushed = opened;
  return id;
}

NodeId TreeBuilder::InsertHtmlElement(const Token& t, bool push, bool* pushed) {
  return InsertElement(t, t.tag, t.name, push, tokenizer_.attributes(), pushed);
}

NodeId TreeBuilder::InsertImplied(Tag tag, uint32_t offset) {
  Token t;
  t.offset = offset;
  return InsertElement(t, tag, TagName(tag), true, {});
}

void TreeBuilder::InsertForeign(const Token& t) {
  Ns ns = InForeignContent() ? open_.back().ns : (t.tag == Tag::kMath ? Ns::kMath : Ns::kSvg);
  Tag tag = (t.tag == Tag::kSvg || t.tag == Tag::kMath) ? t.tag : Tag::kOther;
  NodeId id = InsertElement(t, tag, t.name, false, tokenizer_.attributes());
  if (t.self_closing) return;  // <path/> is complete in svg, unlike in HTML
  if (doc_.nodes_[id].depth >= max_depth_) {
    doc_.stats_.depth_limited = true;
    return;
  }
  uint16_t traits = 0;
  std::string_view n = t.name;
  if ((ns == Ns::kSvg && (n == "foreignobject" || n == "desc" || n == "title")) ||
      (ns == Ns::kMath && (n == "mi" || n == "mo" || n == "mn" || n == "ms" || n == "mtext" ||
                           n == "annotation-xml"))) {
    traits = kTraitIntegration | kTraitScope | kTraitSpecial;
  }
  Push(id, tag, ns, traits, t.name);
}

void TreeBuilder::InsertRawText(const Token& t, TextMode mode) {
  bool pushed = false;
  InsertHtmlElement(t, true, &pushed);
  raw_pushed_ = pushed;
  original_mode_ = mode_;
  mode_ = Mode::kText;
  tokenizer_.SetTextMode(mode, t.name);
}

void TreeBuilder::InsertText(const Token& t) {
  if (t.text.empty()) return;
  if (!pending_in_buffer_) {
    if (pending_.empty()) {
      pending_ = t.text;
      pending_offset_ = t.offset;
      return;
    }
    if (pending_.data() + pending_.size() == t.text.data()) {
      pending_ = std::string_view(pending_.data(), pending_.size() + t.text.size());
      return;
    }
    pending_buffer_.assign(pending_);
    pending_in_buffer_ = true;
  }
  pending_buffer_.append(t.text);
}

void TreeBuilder::FlushText() {
  if (pending_.empty() && !pending_in_buffer_) return;
  std::string_view text = pending_in_buffer_ ? arena_.Copy(pending_buffer_) : pending_;
  NodeId id = AppendNode(CurrentNode(), NodeKind::kText, pending_offset_);
  doc_.nodes_[id].text = text;
  ++doc_.stats_.text_nodes;
  pending_ = {};
  pending_in_buffer_ = false;
}

void TreeBuilder::InsertComment(const Token& t, NodeId parent) {
  if (!keep_comments_) return;
  FlushText();
  NodeId id = AppendNode(parent, NodeKind::kComment, t.offset);
  doc_.nodes_[id].text = t.text;
}

void TreeBuilder::MergeAttributes(NodeId id, std::span<const Attribute> attributes) {
  if (id == kNoNode || attributes.empty()) return;
  auto& all = doc_.attributes_;
  for (const Attribute& a : attributes) {
    // Thousands of repeated <body x=…> tags would make merging quadratic; real pages merge a
    // handful, so past a generous cap the extra attributes are dropped.
    if (doc_.nodes_[id].attr_count >= kMaxMergedAttributes) return;
    if (doc_.HasAttr(id, a.name)) continue;  // the first value wins
    Node& n = doc_.nodes_[id];
    if (n.attr_begin + n.attr_count != all.size()) {
      // Move this node's attributes to the end so they stay contiguous with the new one.
      size_t begin = all.size();
      for (uint32_t i = 0; i < n.attr_count; ++i) all.push_back(all[n.attr_begin + i]);
      n.attr_begin = static_cast<uint32_t>(begin);
    }
    all.push_back(a);
    ++n.attr_count;
  }
}

void TreeBuilder::Push(NodeId id, Tag tag, Ns ns, uint16_t traits, std::string_view name) {
  open_.push_back({id, tag, ns, traits, name});
  ++stack_version_;
  if (ns != Ns::kHtml) return;
  ++open_count_[static_cast<size_t>(tag)];
  if (tag == Tag::kOther) ++open_other_count_[OtherBucket(name)];
}

void TreeBuilder::PopCurrent() {
  FlushText();
  Uncount(open_.back());
  open_.pop_back();
}

void TreeBuilder::Uncount(const OpenElement& e) {
  ++stack_version_;  // called for every element leaving the stack
  if (e.ns != Ns::kHtml) return;
  --open_count_[static_cast<size_t>(e.tag)];
  if (e.tag == Tag::kOther) --open_other_count_[OtherBucket(e.name)];
}

void TreeBuilder::PopTo(size_t size) {
  while (open_.size() > size) PopCurrent();
}

void TreeBuilder::RemoveOpenAt(size_t index) {
  Uncount(open_[index]);
  open_.erase(open_.begin() + static_cast<ptrdiff_t>(index));
}

bool TreeBuilder::PopUntilTag(Tag tag) {
  if (open_count_[static_cast<size_t>(tag)] == 0) return false;
  while (!open_.empty()) {
    bool found = CurrentIs(tag);
    PopCurrent();
    if (found) return true;
  }
  return false;
}

void TreeBuilder::PopUntilCurrentIs(Tag tag) {
  if (open_count_[static_cast<size_t>(tag)] == 0) return;
  while (!CurrentIs(tag)) PopCurrent();
}

bool TreeBuilder::InScope(Tag tag, Scope scope) {
  if (open_count_[static_cast<size_t>(tag)] == 0) return false;
  // Cached per stack version: block starts ask "is a <p> in button scope?" over and over.
  ScopeAnswer& cached = scope_cache_[static_cast<size_t>(tag) * 4 + static_cast<size_t>(scope)];
  if (cached.version != stack_version_ + 1) {
    cached.version = stack_version_ + 1;
    cached.in_scope = InScopeUncached(tag, scope);
  }
  return cached.in_scope;
}

bool TreeBuilder::InScopeUncached(Tag tag, Scope scope) const {
  for (size_t i = open_.size(); i-- > 0;) {
    const OpenElement& e = open_[i];
    if (e.ns == Ns::kHtml && e.tag == tag) return true;
    if (scope == Scope::kTable) {
      if (e.ns == Ns::kHtml && IsOneOf(e.tag, {Tag::kHtml, Tag::kTable, Tag::kTemplate})) {
        return false;
      }
      continue;
    }
    if (e.traits & kTraitScope) return false;
    if (scope == Scope::kListItem && e.ns == Ns::kHtml &&
        (e.tag == Tag::kOl || e.tag == Tag::kUl)) {
      return false;
    }
    if (scope == Scope::kButton && e.ns == Ns::kHtml && e.tag == Tag::kButton) return false;
  }
  return false;
}

void TreeBuilder::ClosePInButtonScope() {
  if (InScope(Tag::kP, Scope::kButton)) PopUntilTag(Tag::kP);
}

bool TreeBuilder::InForeignContent() const {
  return !open_.empty() && open_.back().ns != Ns::kHtml &&
         !(open_.back().traits & kTraitIntegration);
}

bool TreeBuilder::WasFruitless(Walk walk, const Token& t) const {
  size_t w = static_cast<size_t>(walk);
  if (t.tag != Tag::kOther) {
    return fruitless_known_[w * kTagCount + static_cast<size_t>(t.tag)] == stack_version_ + 1;
  }
  const FruitlessOther& slot = fruitless_other_[w * 64 + OtherBucket(t.name)];
  return slot.version == stack_version_ + 1 && slot.name == t.name;
}

void TreeBuilder::MarkFruitless(Walk walk, const Token& t) {
  size_t w = static_cast<size_t>(walk);
  if (t.tag != Tag::kOther) {
    fruitless_known_[w * kTagCount + static_cast<size_t>(t.tag)] = stack_version_ + 1;
    return;
  }
  fruitless_other_[w * 64 + OtherBucket(t.name)] = {t.name, stack_version_ + 1};
}

void TreeBuilder::Finish() {
  FlushText();
  auto& nodes = doc_.nodes_;
  // Pre-order: a node's subtree ends where its last child's subtree ends.
  for (size_t i = nodes.size(); i-- > 0;) {
    NodeId last = nodes[i].last_child;
    nodes[i].subtree_end = last == kNoNode ? static_cast<NodeId>(i + 1) : nodes[last].subtree_end;
  }
}

}  // namespace corroborate::html
