# Runs one example and keeps what it prints, for the guide pages to show
# beside the code (\verbinclude, \dontinclude). The docs build fails when the
# example fails, so a page never shows the output of a failing program.
#   cmake -DPROGRAM=path -DOUTPUT=file -P capture.cmake
execute_process(COMMAND "${PROGRAM}" RESULT_VARIABLE _status
                OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${_status}); its output is not shown in the docs:\n${_out}${_err}")
endif()
file(WRITE "${OUTPUT}" "${_out}")
