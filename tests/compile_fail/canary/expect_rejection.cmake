# Runs the harness on a canary case that must be rejected, and passes only if
# the harness failed for the expected REASON. A harness that accepted
# anything, or failed for another reason (a broken command line, say), fails
# this test.
execute_process(
  COMMAND ${CMAKE_COMMAND} -DSOURCE=${SOURCE} -DWORKDIR=${WORKDIR} ${HARNESS_ARGS}
  RESULT_VARIABLE _result
  OUTPUT_VARIABLE _output
  ERROR_VARIABLE _output)
if(_result EQUAL 0)
  message(FATAL_ERROR "canary: the harness accepted ${SOURCE}, which it must reject\n${_output}")
endif()
# CMake wraps long messages; compare with the white space folded.
string(REGEX REPLACE "[ \t\r\n]+" " " _folded "${_output}")
if(NOT _folded MATCHES "${REASON}")
  message(FATAL_ERROR "canary: the harness rejected ${SOURCE}, but not because it "
                      "'${REASON}'\n${_output}")
endif()
message(STATUS "canary: the harness rejected ${SOURCE}: ${REASON}")
