# Writes weft.1 and weft-<command>.1 from the --help texts (run as cmake -DWEFT=... -DOUT=... -DVERSION=... -P man.cmake),
# so the man pages say exactly what --help says.

# Text as roff: literal lines (no fill), backslashes and leading dots or quotes escaped.
function(weft_roff_literal text out_var)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out_var} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

function(weft_man_page name section_title help see_also)
  string(TIMESTAMP date "%Y-%m-%d" UTC)
  weft_roff_literal("${help}" body)
  string(TOUPPER "${name}" upper)
  file(WRITE "${OUT}/${name}.1.tmp"
    ".TH ${upper} 1 \"${date}\" \"weft ${VERSION}\" \"User Commands\"\n"
    ".SH NAME\n${name} \\- ${section_title}\n"
    ".SH DESCRIPTION\n${body}"
    ".SH SEE ALSO\n${see_also}\n"
    "The documentation in /usr/share/doc/weft (or <prefix>/share/doc/weft).\n")
  file(RENAME "${OUT}/${name}.1.tmp" "${OUT}/${name}.1")
endfunction()

file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${WEFT}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${WEFT} --help failed (${rc})")
endif()
# The commands and their one-line summaries, as 'weft --help' lists them ("  run      trace ...").
string(REGEX MATCHALL "\n  [a-z]+ +[^\n]+" lines "${help}")
set(commands "")
set(see "")
foreach(line ${lines})
  string(REGEX MATCH "^\n  ([a-z]+) +(.*)$" m "${line}")
  list(APPEND commands ${CMAKE_MATCH_1})
  set(summary_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
  string(APPEND see ".BR weft-${CMAKE_MATCH_1} (1),\n")
endforeach()
if(NOT commands)
  message(FATAL_ERROR "no command found in '${WEFT} --help'")
endif()
weft_man_page(weft "trace, analyze and check concurrency in C programs" "${help}" "${see}")
foreach(c ${commands})
  execute_process(COMMAND "${WEFT}" ${c} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${WEFT} ${c} --help failed (${rc})")
  endif()
  weft_man_page(weft-${c} "${summary_${c}}" "${help}" ".BR weft (1),")
endforeach()
