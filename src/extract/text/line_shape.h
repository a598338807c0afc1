// The shape of one line of a text scrape: word and letter counts, case, and how it ends. The
// chrome rules and the headline finder work on shapes rather than on fixed strings, so they carry
// over to sites never seen. Computing a shape is O(line length); shapes are plain values.
#pragma once

#include <cstddef>
#include <string_view>

namespace corroborate {

struct LineShape {
  size_t chars = 0;           // code points
  int words = 0;              // runs separated by spaces
  int capitalized_words = 0;  // words whose first letter is upper case (any script)
  int lowercase_words = 0;    // words whose first letter is lower case
  int letters = 0;
  int digits = 0;
  int camel_breaks = 0;       // a lower-case letter directly followed by an upper-case one
  bool starts_upper = false;  // first letter (after quotes/digits) is upper case
  bool starts_lower = false;
  bool starts_digit = false;
  bool ends_sentence = false;  // ends in . ! ? (closing quotes and brackets allowed after)
  bool ends_ellipsis = false;  // ends in "..." or "…": a cut-off teaser
  bool ends_colon = false;
  bool has_space = false;
};

LineShape ShapeOf(std::string_view line);

// A whole sentence: ends in sentence punctuation and has a few words.
bool IsSentence(const LineShape& s);
// A story paragraph: a long sentence (or several), not a cut-off teaser.
bool IsBodyParagraph(const LineShape& s);
// Prose long enough that it is never treated as a link-list item or a label.
bool IsStrongProse(const LineShape& s);
// Short and not a sentence: the shape of menus, labels, headlines and captions.
bool IsShortNonSentence(const LineShape& s);

}  // namespace corroborate
