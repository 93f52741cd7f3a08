# The compile-fail harness, run as `cmake -P harness.cmake` with
#   SOURCE       the case file
#   WORKDIR      a scratch folder for the control copy
#   COMPILER     the C++ compiler
#   FLAGS        the compiler flags (one string)
#   INCLUDES     include folders (a list)
#   LINE_BUDGET  the most lines the diagnostic may take
#
# A case marks the line(s) that must not compile with a trailing `// FAILS`
# and states the expected diagnostic with one or more `// EXPECT: <regex>`
# lines (CMake regular expressions); a `// ERRORS: <n>` line states how many
# errors the compiler may report (one, for a diagnostic that must not bring
# others with it). The case passes when:
#   1. the file fails to compile;
#   2. the compiler's output matches every EXPECT regex;
#   3. the output takes at most LINE_BUDGET lines, and reports ERRORS errors
#      when the case states it;
#   4. a control copy without the FAILS lines compiles cleanly.
# Anything else fails the case with a message that says which check failed.

foreach(_var SOURCE WORKDIR COMPILER FLAGS INCLUDES LINE_BUDGET)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "harness: ${_var} is not set")
  endif()
endforeach()

file(STRINGS "${SOURCE}" _lines)
file(READ "${SOURCE}" _text)
set(_expects "")
set(_fails 0)
set(_errors "")
foreach(_line IN LISTS _lines)
  if(_line MATCHES "^// EXPECT: (.+)$")
    list(APPEND _expects "${CMAKE_MATCH_1}")
  endif()
  if(_line MATCHES "^// ERRORS: ([0-9]+)$")
    set(_errors "${CMAKE_MATCH_1}")
  endif()
  if(_line MATCHES "// FAILS$")
    math(EXPR _fails "${_fails} + 1")
  endif()
endforeach()
if(NOT _expects)
  message(FATAL_ERROR "harness: ${SOURCE} has no '// EXPECT: <regex>' line")
endif()
if(_fails EQUAL 0)
  message(FATAL_ERROR "harness: ${SOURCE} has no line ending in '// FAILS'")
endif()

separate_arguments(_flags UNIX_COMMAND "${FLAGS}")
set(_includes "")
foreach(_dir IN LISTS INCLUDES)
  if(_dir)
    list(APPEND _includes "-I${_dir}")
  endif()
endforeach()

function(compile_case file out_result out_output)
  execute_process(
    COMMAND "${COMPILER}" ${_flags} ${_includes} -fsyntax-only -x c++ "${file}"
    RESULT_VARIABLE _result
    OUTPUT_VARIABLE _out
    ERROR_VARIABLE _out)
  set(${out_result} "${_result}" PARENT_SCOPE)
  set(${out_output} "${_out}" PARENT_SCOPE)
endfunction()

# 1. The case must fail to compile.
compile_case("${SOURCE}" _result _output)
if(_result EQUAL 0)
  message(FATAL_ERROR "harness: ${SOURCE} compiled but was expected to fail")
endif()

# 2. Every expected message must appear.
foreach(_regex IN LISTS _expects)
  if(NOT _output MATCHES "${_regex}")
    message(FATAL_ERROR "harness: the output of ${SOURCE} does not match the expected message\n"
                        "  expected: ${_regex}\n--- compiler output ---\n${_output}")
  endif()
endforeach()

# 3. The diagnostic must stay within the line budget.
string(REGEX REPLACE "\n$" "" _trimmed "${_output}")
string(REGEX MATCHALL "\n" _newlines "${_trimmed}")
list(LENGTH _newlines _count)
math(EXPR _count "${_count} + 1")
if(_count GREATER LINE_BUDGET)
  message(FATAL_ERROR "harness: the diagnostic of ${SOURCE} takes ${_count} lines, more than "
                      "the budget of ${LINE_BUDGET}\n--- compiler output ---\n${_output}")
endif()

# ... and report as many errors as the case states.
if(NOT _errors STREQUAL "")
  string(REGEX MATCHALL ": (fatal )?error: " _error_lines "${_output}")
  list(LENGTH _error_lines _error_count)
  if(NOT _error_count EQUAL _errors)
    message(FATAL_ERROR "harness: ${SOURCE} reports ${_error_count} errors, not ${_errors}\n"
                        "--- compiler output ---\n${_output}")
  endif()
endif()

# 4. Without its failing lines, the case must compile.
file(MAKE_DIRECTORY "${WORKDIR}")
set(_control "")
foreach(_line IN LISTS _lines)
  if(NOT _line MATCHES "// FAILS$")
    string(APPEND _control "${_line}\n")
  endif()
endforeach()
get_filename_component(_name "${SOURCE}" NAME)
file(WRITE "${WORKDIR}/control_${_name}" "${_control}")
compile_case("${WORKDIR}/control_${_name}" _result _control_output)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "harness: the control copy of ${SOURCE} (without its FAILS lines) does "
                      "not compile, so the failure is not the one under test\n"
                      "--- compiler output ---\n${_control_output}")
endif()

message(STATUS "harness: ${_name}: fails as expected in ${_count} lines; the control compiles")
