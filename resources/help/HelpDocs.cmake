# Writes a program's man page, and with COMPLETION its bash completion, from
# the program's own --help: the help is the one description of the command
# line, and these follow it.
#
#   cmake -DPROGRAM=… -DNAME=accord-cli -DSUMMARY="…" -DVERSION=… -DDATE=YYYY-MM-DD
#         [-DSEE_ALSO=accord] -DAWK=… -DMAN=OUT.1 [-DCOMPLETION=OUT] -P HelpDocs.cmake

# The help in English, and the default database under the reader's home
# rather than the home of whoever builds.
set(ENV{LC_ALL} "C.UTF-8")
unset(ENV{LANGUAGE})
unset(ENV{XDG_DATA_HOME})
set(ENV{HOME} "~")

get_filename_component(out_dir "${MAN}" DIRECTORY)
file(MAKE_DIRECTORY "${out_dir}")
set(help_file "${MAN}.help")
execute_process(COMMAND "${PROGRAM}" --help OUTPUT_FILE "${help_file}" ERROR_VARIABLE errors
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NAME} --help failed (${rc}): ${errors}")
endif()

set(scripts "${CMAKE_CURRENT_LIST_DIR}")
execute_process(COMMAND "${AWK}" -v "name=${NAME}" -v "summary=${SUMMARY}" -v "version=${VERSION}"
        -v "date=${DATE}" -v "seealso=${SEE_ALSO}" -f "${scripts}/help-to-man.awk" "${help_file}"
    OUTPUT_FILE "${MAN}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Turning ${NAME} --help into a man page failed.")
endif()

if(COMPLETION)
    get_filename_component(out_dir "${COMPLETION}" DIRECTORY)
    file(MAKE_DIRECTORY "${out_dir}")
    execute_process(COMMAND "${AWK}" -v "name=${NAME}" -f "${scripts}/help-to-completion.awk"
            "${help_file}"
        OUTPUT_FILE "${COMPLETION}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "Turning ${NAME} --help into a bash completion failed.")
    endif()
endif()
file(REMOVE "${help_file}")
