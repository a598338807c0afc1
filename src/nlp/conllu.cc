// CoNLL-U reader; see conllu.h.
#include "nlp/conllu.h"

#include <charconv>
#include <utility>

namespace corroborate::nlp {
namespace {

constexpr size_t kColumns = 10;

// Parses a non-negative decimal integer that must span all of s.
bool ParseUint(std::string_view s, uint32_t* out) {
  if (s.empty() || s.size() > 9) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool HasSpaceAfterNo(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    if (bar == std::string_view::npos) bar = misc.size();
    if (misc.substr(pos, bar - pos) == "SpaceAfter=No") return true;
    pos = bar + 1;
  }
  return false;
}

// "key = value" after the comment's "# "; returns false when the comment is not key-valued.
bool CommentValue(std::string_view comment, std::string_view key, std::string* value) {
  if (comment.substr(0, key.size()) != key) return false;
  std::string_view rest = comment.substr(key.size());
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.empty()) {
    value->clear();
    return true;
  }
  if (rest.front() != '=') return false;
  rest.remove_prefix(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  value->assign(rest);
  return true;
}

}  // namespace

std::vector<ConlluSentence::Surface> ConlluSentence::SurfaceTokens() const {
  std::vector<Surface> out;
  size_t next_multiword = 0;
  for (uint32_t i = 0; i < words.size();) {
    if (next_multiword < multiwords.size() && multiwords[next_multiword].first == i) {
      const ConlluMultiword& m = multiwords[next_multiword++];
      out.push_back({m.form, m.space_after, m.first, m.last});
      i = m.last + 1;
    } else {
      out.push_back({words[i].form, words[i].space_after, i, i});
      ++i;
    }
  }
  return out;
}

ConlluReader::ConlluReader(std::FILE* in, std::string name) : in_(in), name_(std::move(name)) {}

ConlluReader ConlluReader::FromString(std::string text, std::string name) {
  ConlluReader reader(nullptr, std::move(name));
  reader.buffer_ = std::move(text);
  return reader;
}

ConlluReader ConlluReader::Open(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  ConlluReader reader(f, path);
  if (f == nullptr) {
    reader.status_ = Status::NotFound(path + ": cannot open");
  } else {
    reader.owns_ = true;
  }
  return reader;
}

ConlluReader::~ConlluReader() {
  if (owns_ && in_ != nullptr) std::fclose(in_);
}

ConlluReader::ConlluReader(ConlluReader&& o) noexcept { *this = std::move(o); }

ConlluReader& ConlluReader::operator=(ConlluReader&& o) noexcept {
  if (this != &o) {
    if (owns_ && in_ != nullptr) std::fclose(in_);
    in_ = std::exchange(o.in_, nullptr);
    owns_ = std::exchange(o.owns_, false);
    name_ = std::move(o.name_);
    buffer_ = std::move(o.buffer_);
    buffer_pos_ = o.buffer_pos_;
    line_ = std::move(o.line_);
    line_number_ = o.line_number_;
    status_ = std::move(o.status_);
  }
  return *this;
}

bool ConlluReader::ReadLine() {
  line_.clear();
  bool any = false;
  for (;;) {
    if (buffer_pos_ < buffer_.size()) {
      any = true;
      size_t nl = buffer_.find('\n', buffer_pos_);
      if (nl != std::string::npos) {
        line_.append(buffer_, buffer_pos_, nl - buffer_pos_);
        buffer_pos_ = nl + 1;
        break;
      }
      line_.append(buffer_, buffer_pos_, std::string::npos);
      buffer_pos_ = buffer_.size();
    }
    // Refill from the file in 64 KiB chunks (memory input has nothing more).
    if (in_ == nullptr) break;
    buffer_.resize(1 << 16);
    size_t got = std::fread(buffer_.data(), 1, buffer_.size(), in_);
    buffer_.resize(got);
    buffer_pos_ = 0;
    if (got == 0) break;
  }
  if (!any) return false;
  if (!line_.empty() && line_.back() == '\r') line_.pop_back();
  ++line_number_;
  return true;
}

bool ConlluReader::Fail(std::string what) {
  status_ = Status::InvalidInput(name_ + ":" + std::to_string(line_number_) + ": " + what);
  return false;
}

bool ConlluReader::ParseWordLine(std::string_view line, ConlluSentence* sentence) {
  std::string_view cols[kColumns];
  size_t n = 0;
  size_t pos = 0;
  while (n < kColumns) {
    size_t tab = line.find('\t', pos);
    if (tab == std::string_view::npos) {
      cols[n++] = line.substr(pos);
      pos = line.size() + 1;
      break;
    }
    cols[n++] = line.substr(pos, tab - pos);
    pos = tab + 1;
  }
  if (n != kColumns || pos <= line.size()) {
    return Fail("expected 10 tab-separated columns, found " +
                std::to_string(n + (pos <= line.size() ? 1 : 0)) +
                (n == 1 ? " (spaces instead of tabs?)" : ""));
  }
  std::string_view id = cols[0];
  const uint32_t next_id = static_cast<uint32_t>(sentence->words.size()) + 1;
  size_t dash = id.find('-');
  size_t dot = id.find('.');
  if (dot != std::string_view::npos) {
    uint32_t a, b;
    if (!ParseUint(id.substr(0, dot), &a) || !ParseUint(id.substr(dot + 1), &b)) {
      return Fail("bad empty-node id '" + std::string(id) + "'");
    }
    ++sentence->empty_nodes;
    return true;
  }
  if (dash != std::string_view::npos) {
    uint32_t a, b;
    if (!ParseUint(id.substr(0, dash), &a) || !ParseUint(id.substr(dash + 1), &b) || a == 0 ||
        b < a) {
      return Fail("bad multiword token range '" + std::string(id) + "'");
    }
    if (a != next_id) {
      return Fail("multiword token " + std::string(id) + " should start at word " +
                  std::to_string(next_id));
    }
    if (!sentence->multiwords.empty() && sentence->multiwords.back().last + 1 >= a) {
      return Fail("multiword token " + std::string(id) + " overlaps the previous one");
    }
    ConlluMultiword m;
    m.first = a - 1;
    m.last = b - 1;
    m.form.assign(cols[1]);
    m.space_after = !HasSpaceAfterNo(cols[9]);
    sentence->multiwords.push_back(std::move(m));
    return true;
  }
  uint32_t number;
  if (!ParseUint(id, &number) || number == 0) {
    return Fail("bad word id '" + std::string(id) + "'");
  }
  if (number != next_id) {
    return Fail("word id " + std::to_string(number) + " out of sequence (expected " +
                std::to_string(next_id) + ")");
  }
  if (cols[1].empty()) return Fail("empty FORM column");
  ConlluWord w;
  w.form.assign(cols[1]);
  w.lemma.assign(cols[2]);
  w.upos.assign(cols[3]);
  w.xpos.assign(cols[4]);
  w.feats.assign(cols[5]);
  if (cols[6] != "_") {
    uint32_t head;
    if (!ParseUint(cols[6], &head)) return Fail("bad HEAD '" + std::string(cols[6]) + "'");
    w.head = static_cast<int>(head);
  }
  w.deprel.assign(cols[7]);
  w.deps.assign(cols[8]);
  w.misc.assign(cols[9]);
  w.space_after = !HasSpaceAfterNo(w.misc);
  if (sentence->words.empty()) sentence->line = line_number_;
  sentence->words.push_back(std::move(w));
  return true;
}

bool ConlluReader::Next(ConlluSentence* sentence) {
  *sentence = ConlluSentence();
  if (!status_.ok()) return false;
  bool started = false;
  while (ReadLine()) {
    std::string_view line = line_;
    if (line.empty()) {
      if (!sentence->words.empty()) break;
      if (started) return Fail("sentence has comments but no words");
      continue;
    }
    started = true;
    if (line.front() == '#') {
      if (!sentence->words.empty()) return Fail("comment inside a sentence");
      std::string_view comment = line.substr(1);
      if (!comment.empty() && comment.front() == ' ') comment.remove_prefix(1);
      std::string value;
      if (CommentValue(comment, "text", &value)) {
        sentence->text = std::move(value);
      } else if (CommentValue(comment, "sent_id", &value)) {
        sentence->sent_id = std::move(value);
      } else if (comment.substr(0, 6) == "newdoc") {
        sentence->newdoc = true;
        if (CommentValue(comment, "newdoc id", &value)) sentence->newdoc_id = std::move(value);
      } else if (comment.substr(0, 6) == "newpar") {
        sentence->newpar = true;
      }
      sentence->comments.emplace_back(comment);
      continue;
    }
    if (!ParseWordLine(line, sentence)) return false;
  }
  if (!status_.ok()) return false;
  if (sentence->words.empty()) {
    if (started) return Fail("sentence has comments but no words");
    return false;
  }
  // Checks that need the whole sentence.
  const size_t n = sentence->words.size();
  for (size_t i = 0; i < n; ++i) {
    if (sentence->words[i].head > static_cast<int>(n)) {
      line_number_ = sentence->line + i;
      return Fail("HEAD " + std::to_string(sentence->words[i].head) + " beyond the sentence's " +
                  std::to_string(n) + " words");
    }
  }
  if (!sentence->multiwords.empty() && sentence->multiwords.back().last >= n) {
    return Fail("multiword token ends beyond the sentence's last word");
  }
  return true;
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  ConlluReader reader = ConlluReader::Open(path);
  std::vector<ConlluSentence> out;
  ConlluSentence sentence;
  while (reader.Next(&sentence)) out.push_back(std::move(sentence));
  if (!reader.status().ok()) return reader.status();
  return out;
}

}  // namespace corroborate::nlp
