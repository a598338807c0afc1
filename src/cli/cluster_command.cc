// `corroborate cluster INPUT…`: which articles report the same event, and which events make one
// story. Prints one JSON line per article, {"id","event","story"}, in input order (event and
// story ids are "e1", "s1"… in order of first appearance). With --stream, articles are read,
// extracted and assigned one at a time as they arrive (e.g. from a pipe), each line printed
// and flushed at once, in bounded memory; without it the whole input is clustered as a batch
// with a refinement pass.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"
#include "cli/output_files.h"
#include "cli/terminal.h"
#include "core/json_writer.h"
#include "extract/extract.h"
#include "ingest/decode.h"
#include "ingest/reader.h"
#include "story/cluster.h"

namespace corroborate::cli {
namespace {

struct ClusterFlags {
  bool stream = false;
  bool no_refine = false;
  float event_threshold = -1;
  float story_threshold = -1;
  float merge_threshold = -1;
  int event_window_days = -1;
  int idle_days = -1;
};

ClusterOptions MakeOptions(const ClusterFlags& flags) {
  ClusterOptions o;
  if (flags.event_threshold >= 0) o.stream.event_threshold = flags.event_threshold;
  if (flags.story_threshold >= 0) o.stream.story_threshold = flags.story_threshold;
  if (flags.merge_threshold >= 0) o.merge_threshold = flags.merge_threshold;
  if (flags.event_window_days >= 0) o.stream.event_window_days = flags.event_window_days;
  if (flags.idle_days >= 0) o.stream.idle_days = flags.idle_days;
  o.refine = !flags.no_refine;
  return o;
}

bool WriteLine(std::string_view id, uint64_t event, uint64_t story) {
  std::string line;
  JsonWriter w(&line);
  w.BeginObject();
  w.Field("id", id);
  w.Field("event", "e" + std::to_string(event));
  w.Field("story", "s" + std::to_string(story));
  w.EndObject();
  line.push_back('\n');
  return WriteStdout(line);
}

int RunBatch(const InputOptions& input, const ClusterOptions& options) {
  std::vector<Article> articles;
  std::vector<InputProblem> problems;
  int code = ReadArticles(input, &articles, &problems);
  std::vector<StoryDocument> docs(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    docs[i] = {articles[i].title, articles[i].text, PublishDay(articles[i].published)};
  }
  Clustering c = ClusterDocuments(docs, options);
  for (size_t i = 0; i < articles.size(); ++i) {
    if (!WriteLine(articles[i].id, c.event[i] + 1, c.story[i] + 1)) return kExitOutput;
  }
  if (!FlushStdout()) return kExitOutput;
  return code;
}

// Each document is decoded, extracted alone (no cross-page evidence: nothing is held back)
// and assigned at once.
int RunStream(const InputOptions& input, const ClusterOptions& options) {
  StoryStream stream(options.stream);
  PipelineOptions pipeline = input.ToPipelineOptions();
  std::vector<InputProblem> problems;
  size_t count = 0;
  bool write_failed = false;
  ReadInputs(
      input.inputs, pipeline.read,
      [&](RawDocument&& raw) {
        if (write_failed) return;
        std::string uri = raw.uri;
        Result<DecodedDocument> decoded = Decode(std::move(raw));
        if (!decoded.ok()) {
          problems.push_back({uri, decoded.status().message()});
          PrintProblems({problems.back()});
          return;
        }
        std::vector<DecodedDocument> one;
        one.push_back(std::move(decoded).value());
        std::vector<Article> articles = ExtractArticles(std::move(one), 1);
        for (const Article& a : articles) {
          StreamAssignment s = stream.Add(a.title, a.text, PublishDay(a.published));
          ++count;
          if (!WriteLine(a.id, s.event, s.story) || !FlushStdout()) write_failed = true;
        }
      },
      [&](InputProblem&& problem) {
        PrintProblems({problem});
        problems.push_back(std::move(problem));
      });
  if (write_failed) return kExitOutput;
  if (count == 0) {
    std::fprintf(stderr, "corroborate: no article could be read from the inputs\n");
    return kExitNoInput;
  }
  if (input.strict && !problems.empty()) return kExitProblems;
  return kExitOk;
}

}  // namespace

Command AddClusterCommand(CLI::App& app) {
  auto* command =
      app.add_subcommand("cluster",
                         "Group articles into events and stories: one JSON line per article, "
                         "{\"id\",\"event\",\"story\"}");
  auto input = std::make_shared<InputOptions>();
  auto flags = std::make_shared<ClusterFlags>();
  AddInputOptions(command, input.get());
  command->add_flag("--stream", flags->stream,
                    "Assign each article as it arrives and print its line at once (bounded "
                    "memory; old events age out)");
  command->add_flag("--no-refine", flags->no_refine,
                    "Batch mode: keep the single streaming pass, without reassignment and merging");
  command
      ->add_option("--event-threshold", flags->event_threshold,
                   "Streaming (and --no-refine): mean cosine an article needs with an event's "
                   "articles to join it (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  command
      ->add_option(
          "--story-threshold", flags->story_threshold,
          "Mean cosine of names a new event needs with a story's articles to join it (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  command
      ->add_option("--merge-threshold", flags->merge_threshold,
                   "Batch mode: mean cosine between two events' articles at which they merge "
                   "(0-1)")
      ->check(CLI::Range(0.0, 1.0));
  command
      ->add_option("--event-window-days", flags->event_window_days,
                   "Days between an article and its event's publish days at full similarity "
                   "(beyond, similarity fades; none after 90 days)")
      ->check(CLI::NonNegativeNumber);
  command
      ->add_option("--idle-days", flags->idle_days,
                   "Streaming: events with no new article for this many days age out")
      ->check(CLI::NonNegativeNumber);
  return [input, flags] {
    ClusterOptions options = MakeOptions(*flags);
    return flags->stream ? RunStream(*input, options) : RunBatch(*input, options);
  };
}

}  // namespace corroborate::cli
