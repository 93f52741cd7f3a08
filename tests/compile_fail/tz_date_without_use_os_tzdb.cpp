// Named zones through date/tz, built outside CMake without the definition
// the date/tz library needs: the header refuses to compile, and says which
// definition to add, instead of a program that crashes at its first zone
// lookup.
// EXPECT: needs USE_OS_TZDB=1: compile with -DUSE_OS_TZDB=1
#define CLIENTELE_TZ_USE_DATE 1
#include <clientele/ext/tz.hpp>  // FAILS

int main() { return 0; }
