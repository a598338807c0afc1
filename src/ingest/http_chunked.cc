#include "ingest/http_chunked.h"

#include <algorithm>
#include <cstring>

namespace corroborate::ingest {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses "1a3f[;ext]\r\n" at *pos. False when there is no hex size or no line end.
bool ChunkSize(const std::string& body, size_t* pos, size_t* size) {
  size_t i = *pos;
  size_t value = 0;
  size_t digits = 0;
  for (; i < body.size() && HexValue(body[i]) >= 0; ++i, ++digits) {
    if (digits == 15) return false;  // more than 2^60: not a chunk size
    value = value * 16 + static_cast<size_t>(HexValue(body[i]));
  }
  if (digits == 0) return false;
  const size_t nl = body.find('\n', i);
  if (nl == std::string::npos) return false;
  for (size_t j = i; j < nl; ++j) {  // only white space, ';' extensions or '\r' may follow
    if (body[j] == ';') break;
    if (body[j] != ' ' && body[j] != '\t' && body[j] != '\r') return false;
  }
  *pos = nl + 1;
  *size = value;
  return true;
}

}  // namespace

bool DechunkInPlace(std::string* body) {
  size_t read = 0;
  size_t size = 0;
  if (!ChunkSize(*body, &read, &size)) return false;
  size_t write = 0;
  while (size > 0) {
    const size_t take = std::min(size, body->size() - read);
    std::memmove(body->data() + write, body->data() + read, take);
    write += take;
    read += take;
    if (take < size) break;  // cut short inside a chunk
    if (read < body->size() && (*body)[read] == '\r') ++read;
    if (read < body->size() && (*body)[read] == '\n') ++read;
    if (!ChunkSize(*body, &read, &size)) break;  // cut short (or damaged) between chunks
  }
  body->resize(write);
  return true;
}

}  // namespace corroborate::ingest
