# Turns accord-cli's --help into its bash completion. From the help it takes:
#   - the global options of the "Usage:" lines;
#   - each entry of the "Commands:" section: the command, its sub-commands (a
#     lower-case word right after it, or after a lone "|"), its options, and
#     the values an option lists ("--side ours|theirs");
#   - the stage names of the line "STAGE is … or a, b, c.", offered for an
#     option whose value is STAGE and for --stage.
# A value named like a file (FILE…, …DIR, F) completes file names.
#
#   awk -v name=accord-cli -f help-to-completion.awk HELP

function add_word(list, word) {
    return (" " list " ") ~ (" " quote_rx(word) " ") ? list : (list == "" ? word : list " " word)
}

function quote_rx(s) {
    gsub(/[][\\.^$*+?(){}|]/, "\\\\&", s)
    return s
}

function indent_of(s) {
    match(s, /^ */)
    return RLENGTH
}

# Reads the options of one usage text into the keys named in `targets`
# ("command/sub" separated by spaces).
function read_options(text, targets,    tokens, n, j, option, value, k, keys, nkeys, items, nitems, m) {
    n = split(text, tokens, " ")
    nkeys = split(targets, keys, " ")
    for (j = 1; j <= n; ++j) {
        option = tokens[j]
        sub(/^\[/, "", option)
        # A value belongs to the option only inside the option's brackets.
        value = j < n && option !~ /\]/ ? tokens[j + 1] : ""
        sub(/[]=].*/, "", option)
        if (option !~ /^--?[a-z][a-z-]*$/)
            continue
        if (value ~ /^[-[|]/)
            value = ""
        gsub(/[]"]|\342\200\246/, "", value)
        for (k = 1; k <= nkeys; ++k) {
            options[keys[k]] = add_word(options[keys[k]], option)
            if (value == "")
                continue
            valued[keys[k], option] = 1
            if (value ~ /\|/) {
                nitems = split(value, items, "|")
                for (m = 1; m <= nitems; ++m)
                    if (items[m] ~ /^[a-z0-9_-]+$/)
                        values[keys[k], option] = add_word(values[keys[k], option], items[m])
            } else if (value == "STAGE" || option == "--stage") {
                stage_option[keys[k], option] = 1
            } else if (value ~ /FILE|DIR/ || value == "F") {
                file_option[keys[k], option] = 1
            }
        }
    }
}

{ line[++count] = $0 }

END {
    in_commands = 0
    for (at = 1; at <= count; ++at) {
        text = line[at]
        if (at == 1 && text ~ /^Usage: /) {
            usage_lines = substr(text, 8)
            while (at < count && line[at + 1] ~ /^ +[^ ]/)
                usage_lines = usage_lines " " line[++at]
            read_options(usage_lines, "global")
            continue
        }
        if (text ~ /^STAGE is .* or /) {
            stages = text
            sub(/^.* or /, "", stages)
            sub(/\.$/, "", stages)
            gsub(/,/, "", stages)
        }
        if (text == "Commands:") {
            in_commands = 1
            entry_indent = -1
            continue
        }
        if (!in_commands)
            continue
        if (text !~ /[^ ]/ || indent_of(text) == 0) {
            in_commands = 0
            continue
        }
        if (entry_indent < 0)
            entry_indent = indent_of(text)
        if (indent_of(text) != entry_indent)
            continue # a description
        entry = text
        gsub(/[][]/, "", entry)
        n = split(entry, tokens, " ")
        command = tokens[1]
        commands = add_word(commands, command)
        targets = ""
        if (tokens[2] ~ /^[a-z][a-z-]*$/)
            targets = command "/" tokens[2]
        for (j = 2; j < n; ++j)
            if (tokens[j] == "|" && tokens[j + 1] ~ /^[a-z][a-z-]*$/ && tokens[j + 1] != command)
                targets = add_word(targets, command "/" tokens[j + 1])
        if (targets == "")
            targets = command "/"
        nt = split(targets, keys, " ")
        for (k = 1; k <= nt; ++k) {
            key_list = add_word(key_list, keys[k])
            if (keys[k] !~ /\/$/) {
                sub_name = keys[k]
                sub(/^[^\/]*\//, "", sub_name)
                subcommands[command] = add_word(subcommands[command], sub_name)
            }
        }
        read_options(text, targets)
    }

    function_name = "_" name
    gsub(/[^A-Za-z0-9_]/, "_", function_name)
    print "# bash completion for " name ", generated from `" name " --help`."
    print ""
    print function_name "_subcommands()"
    print "{"
    print "    case \"$1\" in"
    nc = split(commands, command_list, " ")
    for (c = 1; c <= nc; ++c)
        if (command_list[c] in subcommands)
            print "        " command_list[c] ") echo \"" subcommands[command_list[c]] "\" ;;"
    print "    esac"
    print "}"
    print ""
    print function_name "()"
    print "{"
    print "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\""
    print "    [ \"$COMP_CWORD\" -gt 0 ] && prev=\"${COMP_WORDS[COMP_CWORD - 1]}\""
    print "    local command=\"\" sub=\"\" word i"
    print "    for ((i = 1; i < COMP_CWORD; i++)); do"
    print "        word=\"${COMP_WORDS[i]}\""
    printf "        case \"$word\" in\n"
    global_valued = ""
    ng = split(options["global"], global_options, " ")
    for (g = 1; g <= ng; ++g)
        if (("global", global_options[g]) in valued)
            global_valued = global_valued (global_valued == "" ? "" : "|") global_options[g]
    if (global_valued != "")
        print "            " global_valued ") i=$((i + 1)) ;;"
    print "            -*) ;;"
    print "            *)"
    print "                if [ -z \"$command\" ]; then"
    print "                    command=\"$word\""
    print "                elif [ -z \"$sub\" ] && [[ \" $(" function_name "_subcommands \"$command\") \" == *\" $word \"* ]]; then"
    print "                    sub=\"$word\""
    print "                fi"
    print "                ;;"
    print "        esac"
    print "    done"
    print ""
    print "    local reply=\"\""
    print "    case \"$command/$sub/$prev\" in"
    nk = split("global " key_list, all_keys, " ")
    for (k = 1; k <= nk; ++k) {
        key = all_keys[k]
        pattern_key = key == "global" ? "*/*" : key
        no = split(options[key], key_options, " ")
        for (o = 1; o <= no; ++o) {
            option = key_options[o]
            if (!((key, option) in valued))
                continue
            if ((key, option) in values)
                action = "reply=\"" values[key, option] "\""
            else if ((key, option) in stage_option && stages != "")
                action = "reply=\"" stages "\""
            else if ((key, option) in file_option || key == "global")
                action = "mapfile -t COMPREPLY < <(compgen -f -- \"$cur\"); return 0"
            else
                action = "return 0"
            print "        " pattern_key "/" option ") " action " ;;"
        }
    }
    print "        *)"
    print "            if [[ \"$cur\" == -* ]]; then"
    print "                case \"$command/$sub\" in"
    # Global options may stand anywhere, so each command offers them too.
    for (k = 1; k <= nk; ++k) {
        key = all_keys[k]
        if (key == "global")
            continue
        merged = options[key]
        ng = split(options["global"], global_options, " ")
        for (g = 1; g <= ng; ++g)
            merged = add_word(merged, global_options[g])
        print "                    " key ") reply=\"" merged "\" ;;"
    }
    print "                    *) reply=\"" options["global"] "\" ;;"
    print "                esac"
    print "            elif [ -z \"$command\" ]; then"
    print "                reply=\"" commands "\""
    print "            elif [ -z \"$sub\" ] && [ -n \"$(" function_name "_subcommands \"$command\")\" ]; then"
    print "                reply=\"$(" function_name "_subcommands \"$command\")\""
    print "            else"
    print "                mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")"
    print "                return 0"
    print "            fi"
    print "            ;;"
    print "    esac"
    print "    mapfile -t COMPREPLY < <(compgen -W \"$reply\" -- \"$cur\")"
    print "}"
    print ""
    print "complete -o filenames -F " function_name " " name
}
