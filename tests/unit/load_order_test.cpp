// Diagnostics come in file order whichever layer stops loading: a YAML syntax error
// and the direction-control warnings found before it are sorted together.
#include "plan/load.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using plan::test::load;
using plan::test::positions;

TEST_CASE("a syntax error above a direction control comes first")
{
  auto r = load("a: 1\n b: 2\nd: \"\u202Ex\"\n");
  CHECK(positions(r) == "2:3 yaml-syntax; 3:5 bidi-control");
}
