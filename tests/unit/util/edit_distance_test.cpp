// Tests for edit distance and "did you mean" suggestions.
#include "plan/util/edit_distance.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("edit_distance")
{
  TEST_CASE("counts code points")
  {
    CHECK(edit_distance("教务处", "教务外") == 1);
    CHECK(edit_distance("title", "tilte") == 1); // one swap
    CHECK(edit_distance("=>", ">=") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("", "abc") == 3);
  }

  TEST_CASE("suggests only plausible typos")
  {
    std::vector<std::string> keys = {"title", "owner", "tags", "notes"};
    CHECK(closest_matches("titel", keys) == std::vector<std::string>{"title"});
    CHECK(closest_matches("schedule", keys).empty());
    CHECK(closest_matches("政教外", {"教务处", "政教处"}) == std::vector<std::string>{"政教处"});
  }

  TEST_CASE("long strings: the distance is still exact")
  {
    CHECK(edit_distance(std::string(1000, 'a'), "b") == 1000);
    CHECK(edit_distance("b", std::string(1000, 'a')) == 1000);
    CHECK(edit_distance(std::string(500, 'a') + "xy", std::string(500, 'a') + "yx") == 1); // a swap at the end
    // A word far longer than every candidate gets no suggestion.
    CHECK(closest_matches(std::string(5000, 'x'), {"教务处", "xx"}).empty());
  }
}
