// What ReadInputs delivers, collected for assertions: documents and problems in order, and a
// reader that feeds a named pipe from another thread (pipes are sniffed by content).
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "ingest/reader.h"
#include "temp_dir.h"

namespace corroborate::testing {

struct Collected {
  std::vector<RawDocument> docs;
  std::vector<InputProblem> problems;

  std::vector<std::string> Uris() const {
    std::vector<std::string> out;
    for (const RawDocument& d : docs) out.push_back(d.uri);
    return out;
  }
  std::vector<std::string> Formats() const {
    std::vector<std::string> out;
    for (const RawDocument& d : docs) out.push_back(d.format);
    return out;
  }
  std::string ProblemFor(const std::string& uri) const {
    for (const InputProblem& p : problems) {
      if (p.uri == uri) return p.reason;
    }
    return "<no problem for " + uri + ">";
  }
};

inline Collected Read(const std::vector<std::string>& inputs, ReadOptions options = {}) {
  Collected c;
  ReadInputs(
      inputs, options, [&](RawDocument&& d) { c.docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { c.problems.push_back(std::move(p)); });
  return c;
}

inline Collected Read(const std::vector<std::string>& inputs, size_t max_file_bytes) {
  ReadOptions options;
  options.max_file_bytes = max_file_bytes;
  return Read(inputs, options);
}

// Writes content into a named pipe in dir from another thread while reading it.
inline Collected ReadThroughFifo(const TempDir& dir, const std::string& content) {
  std::string fifo = dir.Path("pipe");
  EXPECT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] {
    int fd = ::open(fifo.c_str(), O_WRONLY);
    if (fd < 0) return;
    EXPECT_EQ(::write(fd, content.data(), content.size()), static_cast<ssize_t>(content.size()));
    ::close(fd);
  });
  Collected c = Read({fifo});
  writer.join();
  std::filesystem::remove(fifo);
  return c;
}

}  // namespace corroborate::testing
