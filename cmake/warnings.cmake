# The warning flags of the project, in one place.
#
# CLIENTELE_WARNING_FLAGS is what the project's own code is compiled with: the
# tests, the examples, the fuzz target, the compile-fail cases and the check
# that every public header compiles on its own. The root CMakeLists.txt gives
# them to those (through the clientele_dev_flags target, and to the header
# check through its folder's compile options), never to the interface target
# clientele::clientele: a consumer's build sees none of them.
set(CLIENTELE_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)

# CLIENTELE_CONSUMER_WARNING_FLAGS is what the strict consumer test
# (tests/package/strict_consumer.cmake) compiles an application of the
# installed package with: the warnings a demanding consumer may turn on, to
# which the public headers must add nothing.
set(CLIENTELE_CONSUMER_WARNING_FLAGS
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wold-style-cast -Wundef
    -Wzero-as-null-pointer-constant -Wnon-virtual-dtor -Werror)
