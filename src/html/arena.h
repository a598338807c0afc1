// A bump allocator for the strings a Document owns (decoded text and attribute values,
// lowercased names). Chunks are kept in the Document's storage list, so the strings never move
// and stay valid when the Document is moved.
#pragma once

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace corroborate::html {

class Arena {
 public:
  explicit Arena(std::vector<std::unique_ptr<char[]>>* chunks) : chunks_(chunks) {}

  // A copy of text that lives as long as the chunks.
  std::string_view Copy(std::string_view text) {
    if (text.empty()) return {};
    char* p = Allocate(text.size());
    std::memcpy(p, text.data(), text.size());
    return {p, text.size()};
  }

  char* Allocate(size_t size) {
    if (size > static_cast<size_t>(end_ - next_)) {
      // Geometric growth keeps the number of chunks logarithmic in the bytes stored.
      next_chunk_size_ = std::min<size_t>(next_chunk_size_ * 2, kMaxChunkSize);
      size_t chunk_size = std::max(size, next_chunk_size_);
      chunks_->push_back(std::make_unique_for_overwrite<char[]>(chunk_size));
      next_ = chunks_->back().get();
      end_ = next_ + chunk_size;
    }
    char* p = next_;
    next_ += size;
    return p;
  }

 private:
  static constexpr size_t kMaxChunkSize = size_t{1} << 20;
  std::vector<std::unique_ptr<char[]>>* chunks_;
  char* next_ = nullptr;
  char* end_ = nullptr;
  size_t next_chunk_size_ = 2048;
};

}  // namespace corroborate::html
