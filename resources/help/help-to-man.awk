# Turns a program's --help text into a man page (groff -man):
#   - "Usage: PROGRAM …" and the indented lines under it: the synopsis;
#   - unindented text: paragraphs, the ones before the first heading the description;
#   - an unindented "Heading:" line: a section;
#   - an indented entry: a tagged paragraph. Its description is either on the
#     same line after a gap of two or more spaces (lined up with the lines that
#     continue it), or on the deeper indented lines under it; entries that
#     follow each other without a description share the next one.
#
#   awk -v name=NAME -v summary=TEXT -v version=X.Y.Z -v date=YYYY-MM-DD \
#       [-v seealso=OTHER] -f help-to-man.awk HELP

function replace_all(s, from, to,    out, at) {
    out = ""
    while ((at = index(s, from)) > 0) {
        out = out substr(s, 1, at - 1) to
        s = substr(s, at + length(from))
    }
    return out s
}

# Text as groff reads it: backslashes and hyphens escaped, no request at the
# start of a line, typographic characters spelled out.
function esc(s) {
    s = replace_all(s, "\\", "\\e")
    s = replace_all(s, "-", "\\-")
    s = replace_all(s, "\342\200\246", "...")    # horizontal ellipsis
    s = replace_all(s, "\342\200\223", "\\(en")  # en dash
    if (s ~ /^[.']/)
        s = "\\&" s
    return s
}

function indent_of(s) {
    match(s, /^ */)
    return RLENGTH
}

function trim(s) {
    sub(/^ +/, "", s)
    sub(/ +$/, "", s)
    return s
}

function is_heading(s) {
    return s ~ /^[A-Z][A-Za-z ]*:$/ && split(s, words, " ") <= 3
}

{ line[++count] = $0 }

END {
    print ".TH " toupper(esc(name)) " 1 \"" date "\" \"Accord " version "\" \"User Commands\""
    # Command lines read best unhyphenated and ragged right.
    print ".nh"
    print ".ad l"
    print ".SH NAME"
    print esc(name) " \\- " esc(summary)

    at = 1
    if (line[1] ~ /^Usage: /) {
        print ".SH SYNOPSIS"
        while (at <= count && (at == 1 || line[at] ~ /^ +[^ ]/)) {
            usage = trim(at == 1 ? substr(line[1], 8) : line[at])
            sub(/^[^ ]+/, "", usage) # the program as it was called: its name instead
            if (at > 1)
                print ".br"
            print ".B " esc(name)
            if (trim(usage) != "")
                print esc(trim(usage))
            ++at
        }
    }

    print ".SH DESCRIPTION"
    new_paragraph = 0 # text that follows starts a paragraph of its own
    in_entry = 0      # inside an indented entry
    described = 0     # the entry has a description
    for (; at <= count; ++at) {
        text = line[at]
        if (trim(text) == "") {
            in_entry = 0
            new_paragraph = 1
            continue
        }
        indent = indent_of(text)
        if (indent == 0) {
            if (is_heading(text)) {
                print ".SH " toupper(esc(substr(text, 1, length(text) - 1)))
                new_paragraph = 0
            } else {
                if (new_paragraph || in_entry)
                    print ".PP"
                print esc(text)
                new_paragraph = 0
            }
            in_entry = 0
            continue
        }
        # An indented line: the description of the entry it stands under ...
        if (in_entry && indent > entry_indent) {
            print esc(trim(text))
            described = 1
            continue
        }
        # ... or a new entry, with its description after a gap unless the
        # deeper indented lines under it do not line up with that gap.
        entry = trim(text)
        description = ""
        if (match(entry, /  +/)) {
            gap_start = RSTART
            gap_length = RLENGTH
            column = indent + gap_start - 1 + gap_length
            next_line = at < count ? line[at + 1] : ""
            next_indent = indent_of(next_line)
            if (trim(next_line) == "" || next_indent <= indent || next_indent == column) {
                description = substr(entry, gap_start + gap_length)
                entry = substr(entry, 1, gap_start - 1)
            }
        }
        print (in_entry && !described) ? ".TQ" : ".TP"
        print "\\fB" esc(entry) "\\fR"
        described = description != ""
        if (described)
            print esc(description)
        in_entry = 1
        entry_indent = indent
        new_paragraph = 0
    }

    if (seealso != "") {
        print ".SH SEE ALSO"
        print "\\fB" esc(seealso) "\\fR(1)"
    }
}
