# claimmark's interface in English: the reference catalog. Every message the code uses is
# here; other catalogs translate these ids (a test checks both ways).
# Arguments are in { $braces }; numbers choose plural forms with CLDR's rules.

## The model's names

tag-label = { $tag ->
    [claim] Claim
    [quote] Quote
   *[citation] Citation
}
tag-name = { $tag ->
    [claim] claim
    [quote] quote
   *[citation] citation
}
tag-count = { $tag ->
    [claim] { $count ->
        [one] { $count } claim
       *[other] { $count } claims
    }
    [quote] { $count ->
        [one] { $count } quote
       *[other] { $count } quotes
    }
   *[citation] { $count ->
        [one] { $count } citation
       *[other] { $count } citations
    }
}
status-label = { $status ->
    [to-check] To check
    [in-progress] In progress
    [second-review] Needs second review
   *[done] Done
}
link-label = { $kind ->
    [supported-by] supported by
    [contradicted-by] contradicted by
   *[attributed-to] attributed to
}
link-inverse = { $kind ->
    [supported-by] supports
    [contradicted-by] contradicts
   *[attributed-to] is the source of
}
field-name = { $field ->
    [tag] tag
    [position] position
    [note] note
    [status] status
    [verdict] verdict
    [normalized] normalized claim
    [claimant] claimant
    [rationale] rationale
    [evidence] evidence
    [speaker] speaker
    [quote-verified] quote verified
    [target] citation target
    [citation-checked] citation checked
    [target-archived] archived target
    [links] links
   *[check] “moved — check” mark
}
edit-typing = Edit { $field }
edit-set = Set { $field }
format-label = { $format ->
    [text] Article text (.txt)
    [markdown] Markdown report (.md)
    [html] Published report (.html)
    [csv] CSV table (.csv)
    [w3c] W3C Web Annotation (.jsonld)
    [claimreview] schema.org ClaimReview (.jsonld)
    [brat] brat standoff (.ann + .txt)
    [doccano] doccano (.jsonl)
    [label-studio] Label Studio (.json)
   *[hypothesis] Hypothesis (.json)
}
verdict-label = { $verdict ->
    [true] True
    [mostly-true] Mostly true
    [half-true] Half true
    [mostly-false] Mostly false
    [false] False
    [misleading] Misleading
   *[unverifiable] Unverifiable
}

## Commands: the label in menus and on buttons, and what it does (the tooltip)

cmd-new-from-clipboard = New article from clipboard
    .tooltip = Start a new article from the text on the clipboard
cmd-open = Open…
    .tooltip = Open an article or an annotation file
cmd-open-web-page = Open web page…
    .tooltip = Open an article from its web address; the page is kept as it was, in an archive beside the annotations
cmd-check-page = Check the page for changes
    .tooltip = Fetch the article's page again: unchanged, or the new text with every annotation moved onto it (one undoable step)
cmd-archive-sources = Archive every web source
    .tooltip = Keep each evidence page and citation target with a web address in the archive, with when and its SHA-256
cmd-save = Save
    .tooltip = Save the annotations
cmd-save-as = Save As…
    .tooltip = Save the annotations to a new file
cmd-quit = Quit
    .tooltip = Close claimmark
cmd-undo = Undo
    .tooltip = Undo the last change
cmd-redo = Redo
    .tooltip = Redo the last undone change
cmd-delete = Delete annotation
    .tooltip = Delete this annotation. Undo brings it back
cmd-tag = { $tag ->
    [claim] Tag as claim
    [quote] Tag as quote
   *[citation] Tag as citation
}
    .tooltip = { $tag ->
        [claim] Tag the selected text as a claim (or, with no text selected, make the selected annotation a claim)
        [quote] Tag the selected text as a quote (or, with no text selected, make the selected annotation a quote)
       *[citation] Tag the selected text as a citation (or, with no text selected, make the selected annotation a citation)
    }
cmd-retag = { $tag ->
    [claim] Claim
    [quote] Quote
   *[citation] Citation
}
    .tooltip = { $tag ->
        [claim] Change this annotation to a claim
        [quote] Change this annotation to a quote
       *[citation] Change this annotation to a citation
    }
cmd-find = Find in article…
    .tooltip = Find a phrase in the article
cmd-find-next = Find next
    .tooltip = Next match
cmd-find-previous = Find previous
    .tooltip = Previous match
cmd-escape = Clear selection
    .tooltip = Clear the selection, close the find bar or stop picking a link
cmd-next-claim = Next claim to check
    .tooltip = Select the next claim that is not done
cmd-previous-claim = Previous claim to check
    .tooltip = Select the previous claim that is not done
cmd-done-and-next = Mark done, go to next
    .tooltip = Mark this claim done and go to the next one
cmd-verdict = Verdict { $number }
    .tooltip = Give the selected claim verdict { $number }
cmd-clear-verdict = Clear verdict
    .tooltip = Remove the selected claim's verdict
cmd-add-evidence = Add evidence
    .tooltip = Add an evidence item to the selected claim
cmd-show-selected = Show in article
    .tooltip = Scroll the article to this annotation
cmd-start-link = { $kind ->
    [supported-by] This is supported by…
    [contradicted-by] This is contradicted by…
   *[attributed-to] This is attributed to…
}
    .tooltip = { $kind ->
        [supported-by] Link this annotation: click the one that supports it next
        [contradicted-by] Link this annotation: click the one that contradicts it next
       *[attributed-to] Link this annotation: click the one it is attributed to next
    }
cmd-confirm-position = The position is right
    .tooltip = Clear the “moved — check” mark
cmd-reattach = Re-attach to the selected text
    .tooltip = Select the right words in the article first, then put this annotation on them
cmd-review-panel = Review table
    .tooltip = The review table: status, verdict, evidence
cmd-export = { $label }
    .tooltip = Write a { $label }
cmd-import = { $label }
    .tooltip = Open another tool's { $label } file as a new document
cmd-preferences = Preferences…
    .tooltip = Your name and the interface's language
cmd-update-article-text = Update article text…
    .tooltip = Load a new version of the article and move every annotation onto it
cmd-open-desk = Open desk…
    .tooltip = Open a folder of annotation files as a desk: every article and claim in it searched at once
cmd-desk-panel = Desk panel
    .tooltip = Show or hide the desk: its articles, claims and search
cmd-search-desk = Search the desk…
    .tooltip = Search every article and claim of the desk
cmd-get-model = Get the matching model…
    .tooltip = Download the model that finds earlier checks by meaning: in other words and, with a multilingual model, in other languages
cmd-compare-with = Compare with…
    .tooltip = Open another person's annotations of this article: see the differences and how far you agree, and take theirs where they are right
cmd-zoom-in = Zoom in
    .tooltip = Make the article's text larger (remembered)
cmd-zoom-out = Zoom out
    .tooltip = Make the article's text smaller (remembered)
cmd-zoom-reset = Actual size
    .tooltip = Show the article's text at 100%
cmd-theme = { $theme ->
    [system] Theme as the system
    [light] Light theme
   *[dark] Dark theme
}
    .tooltip = Light, dark, or as the desktop is (remembered)
cmd-open-recent = Recent file { $number }
    .tooltip = Open this file again
cmd-clear-recent = Clear recent files
    .tooltip = Forget the list of recent files

## The menu bar and the toolbar

menu-file = File
menu-open-recent = Open recent
menu-no-recent-files = No recent files
menu-export = Export
menu-import = Import from another tool
menu-edit = Edit
menu-view = View
menu-desk = Desk
menu-review = Review
menu-verdict = Verdict
# "Undo" and what it undoes ("Undo tag claim").
menu-undo-what = { $command } { $what }
toolbar-tag = { $tag }  ({ $key })
toolbar-undo = Undo
toolbar-redo = Redo
toolbar-find = Find
toolbar-hint = Select text with the mouse or Shift+arrows, then press { $keys }
keys-or = { $first } or { $last }

## The find bar

find-label = Find:
find-hint = phrase in the article
find-previous = Previous
find-next = Next
find-no-matches = no matches
find-position = { $number } of { $count }
find-count = { $count ->
    [one] { $count } match
   *[other] { $count } matches
}
find-hint-keys = Enter: next · { $escape }: close, then { $keys } tags the match
find-close = Close

## The side panel and the status bar

tab-annotations = Annotations
    .tooltip = Every annotation, in document order
tab-review = Review claims
    .tooltip = The review table: status, verdict, evidence
tab-compare = Compare
    .tooltip = The differences with the other person's file
link-missing = (missing annotation { $id })
status-unsaved = • Unsaved changes
status-saved = Saved
status-chars = { $count ->
    [one] { $count } char
   *[other] { $count } chars
} · { $encoding }
status-selected = Selected { $start }–{ $end } ({ $count ->
    [one] { $count } char
   *[other] { $count } chars
})
status-note = Note: { $text }
status-error = Error: { $text }
# The name a screen reader gives a highlight: "Claim #3: “words”", then its verdict and note.
mark-name = { $tag } { $id }: “{ $text }”
mark-verdict = , verdict { $verdict }
mark-note = . Note: { $note }
hover-line = { $tag } { $id }: { $note }
hover-click = Click to select (click again for the next one underneath)
legend = Legend:
legend-tag = { $tag } ({ $key })
legend-nested = Nested highlights are drawn as boxes inside boxes.

## The annotation form

form-selected = { $tag ->
    [claim] Selected claim { $id }
    [quote] Selected quote { $id }
   *[citation] Selected citation { $id }
}
form-flagged = This annotation does not match the article: { $why }.
form-tag = Tag:
form-conflict = Merge conflict — { $what }
form-keep-ours = Keep ours: { $value }
form-take-theirs = Take theirs: { $value }
form-keep-it = Keep it
form-delete-as-they-did = Delete it, as they did
form-delete-as-we-did = Delete it, as we did
form-status = Status:
form-verdict = Verdict:
form-verdict-off-scale = “{ $verdict }” (not on this scale)
form-normalized = Normalized claim (short restatement):
    .hint = e.g. The council's green bonds are Europe's largest municipal climate investment
form-normalized-too-long = { $count } characters: Google's ClaimReview guidelines ask for at most { $limit }
form-claimant = Claimant (who made the claim):
    .hint = person or organisation
form-rationale = Rationale:
    .hint = why this verdict
form-speaker = Speaker:
    .hint = who said it
form-quote-verified = Verified against its source
form-target = Target (URL or reference):
    .hint = https://… or “Annual report 2024, p. 3”
form-checked = Checked
form-note = Note:
    .hint = anything else worth knowing
form-changed = Changed { $when }
form-changed-by = Changed { $when } by { $who }
form-delete = Delete
form-evidence = Evidence ({ $count }):
evidence-reference = URL or reference
    .hint = https://… or a document and page
evidence-title = Title
    .hint = what it is
evidence-note = Note
    .hint = what it shows
evidence-accessed = Accessed
    .hint = YYYY-MM-DD
evidence-remove = Remove this evidence
archived-on = archived on { $date } (SHA-256 { $hash }…)
archived-details = Kept in the archive beside the annotation file: { $address }
    retrieved { $retrieved }
    SHA-256 { $hash }
archive = Archive
    .tooltip = Fetch this page now and keep it, as it is, in the archive beside the annotation file
archive-again = Archive again
form-links = Links:
form-picking-link = Click the annotation this is { $kind } (in the article or the list). { $escape } cancels.
form-add-link = Add link…
form-no-links = No links yet.
form-go-to-link = Go to it
form-remove-link = remove

## The annotation list

list-show = Show:
list-show-tag = { $tag ->
    [claim] { $count ->
        [one] Claim
       *[other] Claims
    }
    [quote] { $count ->
        [one] Quote
       *[other] Quotes
    }
   *[citation] { $count ->
        [one] Citation
       *[other] Citations
    }
} ({ $count })
    .tooltip = { $tag ->
        [claim] Show or hide claims in the list
        [quote] Show or hide quotes in the list
       *[citation] Show or hide citations in the list
    }
list-flagged = { $count } flagged: they do not match the article
list-empty = No annotations yet. Select text in the article, then press { $keys }.
list-none-match = No annotations match the filter.
list-mark-conflict = [conflict]{" "}
list-mark-moved = [moved — check]{" "}
list-does-not-match = Does not match: { $why }
list-no-note = (no note)
# What a screen reader says for a row of the list.
list-row-name = { $tag } { $id }{ $mark ->
    [flagged] {" "}(does not match the article)
    [conflict] {" "}(merge conflict)
    [moved] {" "}(moved, check)
   *[none] {""}
}: { $text }
list-row-hover = { $tag } { $id }: “{ $text }”
list-row-note = Note: { $note }

## The review table

review-progress = { $count ->
    [one] { $done } of { $count } claim done
   *[other] { $done } of { $count } claims done
}
review-keys = { $next } / { $previous }: next / previous claim not done · { $done }: done, next · { $first }…{ $last }: verdict
review-show-tag = { $tag ->
    [claim] Claims
    [quote] Quotes
   *[citation] Citations
}
filter-any-status = Any status
filter-any-verdict = Any verdict
filter-no-verdict = No verdict yet
review-search-hint = search text, notes, claimant…
review-nothing-matches = Nothing matches these filters.
column-claim = Claim
column-status = Status
column-verdict = Verdict
column-claimant = Claimant
column-evidence = Ev.
column-sort = Sort by this column (click again to reverse)

## The desk panel

desk-heading = Desk: { $name }
desk-refresh = Read the desk folder again (also done when the window gets the focus)
desk-counts = { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
} · { $claims ->
    [one] { $claims } claim
   *[other] { $claims } claims
} · { $outside ->
    [one] { $outside } check by another site
   *[other] { $outside } checks by other sites
}
desk-indexing = Indexing { $done } of { $count } files
desk-vectors = Matching by meaning: { $done } of { $count } claims read
    .tooltip = The matching model reads each claim and check once; search and Seen before match words meanwhile.
desk-meaning-on = Matching by meaning is on.
desk-tab-articles = Articles
desk-tab-claims = All claims
desk-tab-search = Search
desk-article-filter = filter by title or file
sort = sort
sort-newest = Newest first
sort-title = By title
sort-most-claims = Most claims
sort-least-done = Least done
sort-article = By article
sort-status = By status
sort-verdict = By verdict
desk-unreadable = [!] { $file } could not be read
    .tooltip = It is left out of the desk until it can be read.
desk-article-claims = { $claims } ({ $done } done)
desk-open-article = Open “{ $title }”
    { $source }
desk-claim-words = words
desk-claimant = claimant
desk-status = status
desk-verdict = verdict
desk-claim-count = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
desk-export-csv = Export CSV…
    .tooltip = Write these claims, as filtered, to a CSV table
desk-no-verdict = no verdict
desk-open-claim = Open at this claim ({ $file } { $id })
desk-search-hint = words of a claim, a name, a number
desk-nothing-found = Nothing found yet.
hit-kind = { $kind ->
    [article] Article
    [claim] Claim
    [quote] Quote
   *[outside] Checked by
}
hit-open-url = Open { $url } in the browser
hit-open-at = { $kind ->
    [claim] Open { $file } at this claim
   *[quote] Open { $file } at this quote
}
hit-open-file = Open { $file }

## Seen before

seen-searching = Seen before (searching the desk…)
seen-nothing = Seen before: nothing like it in the desk
seen-count = Seen before ({ $count })
seen-why-words = { $count ->
    [one] 1 shared word
   *[other] { $count } shared words
}
seen-why-meaning = similar meaning { $score }
seen-why = Why it was proposed
    .tooltip = Marked words are in both claims. “Similar meaning” is how close the matching model puts the two, from 0 (unrelated) to 1 (the same), whatever their language.
seen-checked-by = Checked by { $publisher }
seen-no-verdict = no verdict yet
seen-headline = Headline: { $text }
seen-normalized = Normalized: { $text }
seen-open = Open
seen-reuse = Use this check
    .tooltip = Take its verdict (when it is on this article's scale) and normalized claim, and cite it as evidence. Undo takes it back

## Comparing with another person's file

compare-with = Comparing with { $name }
compare-stop = Stop comparing
    .tooltip = Close the other file (our document keeps what was accepted)
compare-agreement = Agreement: span F1 { $exact } exact, { $overlap } overlapping · character κ { $kappa }
    .tooltip = Span F1: spans with the same start, end and tag (exact) or the same tag and overlapping, each matched once. κ: Cohen's kappa over the article's characters, inside a span of each tag or not, averaged over the tags.
compare-verdicts = Verdicts: { $equal } of { $count } paired claims the same ({ $percent }%), κ { $kappa }
compare-verdicts-none = Verdicts: { $count ->
    [one] { $count } paired claim
   *[other] { $count } paired claims
}, none judged on both sides
compare-accept-all = Accept all:
    .tooltip = Take every “{ $kind }” difference into our document (one undo step)
compare-none-left = No differences left: our document says what theirs says.
compare-ours-theirs = ours { $ours } · theirs { $theirs }
compare-only-ours = only in our file
compare-only-theirs = only in theirs
compare-only-theirs-verdict = only in theirs · verdict { $verdict }
compare-accept = Accept
    .tooltip = Take theirs into our document
compare-reject = Reject
    .tooltip = Keep ours; the difference leaves the list

## The article, and fonts

article-name = Article: { $title }
article-empty = This article is empty.
fonts-script = { $script } ({ $count ->
    [one] { $count } character
   *[other] { $count } characters
} such as { $example })
fonts-missing = Install { $fonts } to show { $scripts }: no installed font has them, so they show as boxes (Debian and Ubuntu: { $packages }). Restart claimmark after installing.

## Questions the app asks

dialog-save = Save
dialog-dont-save = Don't save
dialog-cancel = Cancel
unsaved-heading = { $before ->
    [quit] Save changes to “{ $name }” before quitting?
    [open] Save changes to “{ $name }” before opening another file?
    [new] Save changes to “{ $name }” before starting a new article?
    [import] Save changes to “{ $name }” before importing?
   *[web] Save changes to “{ $name }” before opening the web page?
}
unsaved-body = Your annotations have unsaved changes. If you don't save, they will be lost.
path-heading = { $purpose ->
    [open] Open a file
    [desk] The desk folder (your annotation files)
    [desk-claims] Write the desk's claims to
    [compare] The other person's annotation file (.ron)
    [save] Save annotations as
    [export] Export to
    [update] New version of the article
    [import] The other tool's file to import
   *[import-article] The article these annotations point into
}
path-button = { $purpose ->
    [open] Open
    [desk] Open desk
    [desk-claims] Export
    [compare] Compare
    [save] Save
    [export] Export
    [update] Update
    [import] Next
   *[import-article] Import
}
path-no-dialog = No file dialog is available on this desktop. Type the full path:
path-hint-folder = /home/me/desk
path-hint-file = /home/me/articles/story.ron
prefs-heading = Preferences
prefs-name = Your name, recorded with every annotation you make or change:
    .hint = e.g. Ana Müller
prefs-language = Language of the interface:
prefs-language-system = As the system
prefs-language-set = Interface language: { $language }
prefs-name-cleared = Reviewer name cleared
prefs-name-set = Changes are now recorded as made by { $name }
prefs-name-not-saved = Using the name { $name } for now, but it could not be saved for next time: { $why }
overwrite-heading = “{ $name }” changed on disk
overwrite-body = Someone (or another program) saved this file after you opened it. Overwriting replaces their version with yours (theirs is kept as the .bak file beside it).
overwrite = Overwrite
overwrite-not-saved = Not saved: use Save As to keep both versions
recovery-heading = Unsaved work was found
recovery-body = claimmark closed before this work was saved. Restore it to carry on where you left off.
recovery-never-saved = never saved
recovery-file = File: { $file } · written { $age }
recovery-restore = Restore
recovery-discard = Discard
    .tooltip = Delete this unsaved work for good
recovery-decide-later = Decide later
recovery-later = The unsaved work stays in its recovery file; it will be offered again next time
recovery-discarded = Discarded the unsaved work on “{ $title }”
age-now = less than a minute ago
age-minutes = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
age-hours = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
age-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
web-heading = Open a web page
web-body = The page's article opens for annotating; the page itself is kept as it was, in a web archive (.warc.gz) beside the annotation file.
web-hint = https://news.example/2026/12/story.html
web-open = Open
model-heading = The matching model
model-what = Seen before and desk search can match claims by meaning, not only by shared words. For that, claimmark runs a sentence-embedding model on this computer; nothing is sent anywhere. It is downloaded once from its public home and checked against the SHA-256 claimmark knows.
model-name = Model:
model-languages = Reads:
model-reads-multilingual = About 100 languages, among them English, Spanish, French, German, Portuguese, Italian, Arabic, Hindi, Indonesian and Turkish: a claim is found even when it was checked in another language
model-reads-english = English only
model-size = Download:
model-megabytes = { $size } MB
model-licence = Licence:
model-kept-in = Kept in:
model-licence-link = Read the licence
model-checked = Without the internet: claimmark model install FOLDER on the command line.
model-download = Download
model-progress = { $file }: { $received } of { $total } MB
model-progress-so-far = { $file }: { $received } MB
model-stopped = the download stopped
status-model-no-folder = There is no data folder for the matching model on this system (set CLAIMMARK_MODEL_DIR)
status-model-installed = The matching model { $name } is installed: the desk's claims are being read, then Seen before and search match by meaning
status-model-cancelled = The model's download was cancelled; nothing was installed
status-model-failed = The matching model could not be installed: { $why }
fetching-heading = Fetching from the web

## Status messages

status-cancelled = Cancelled
status-pick-link = Click the annotation this one is { $kind } ({ $escape } cancels)
status-link-cancelled = Link cancelled
status-undid = { $which ->
    [undo] Undid: { $what }
   *[redo] Redid: { $what }
}
status-nothing-to = { $which ->
    [undo] Nothing to undo
   *[redo] Nothing to redo
}
status-could-not = { $which ->
    [undo] Could not undo: { $why }
   *[redo] Could not redo: { $why }
}
status-deleted = Deleted the annotation ({ $undo } brings it back)
status-select-text-first = Select some text first (drag over it, or Shift+arrow keys), then choose a tag
status-tagged = { $tag ->
    [claim] Tagged claim: “{ $text }”
    [quote] Tagged quote: “{ $text }”
   *[citation] Tagged citation: “{ $text }”
}
status-retagged = { $tag ->
    [claim] Changed the tag to claim
    [quote] Changed the tag to quote
   *[citation] Changed the tag to citation
}
status-select-claim-first = Select a claim first ({ $next } goes to the next one to check)
status-verdict = Verdict: { $verdict }
status-select-a-claim = Select a claim first
status-evidence-added = Evidence added: type its URL or reference
status-reattached = Re-attached to the selected text
undo-mark-done = Mark done
undo-confirm-position = Confirm position
undo-clear-verdict = Clear verdict
undo-add-evidence = Add evidence

## Errors and notices shown in the window

err-read = Could not read “{ $file }”: { $why }
err-save = Could not save to “{ $file }”: { $why }. Your work is still open; try another folder with Save As
err-write = Could not write “{ $file }”: { $why }
err-too-large = “{ $file }” is { $size } MB, larger than the { $limit } MB claimmark opens
err-is-folder = “{ $file }” is a folder, not a file
err-decode = Could not open “{ $file }”: { $why }
err-format = Could not open “{ $file }”: { $why }
err-not-annotation-file = “{ $file }” is an article, not a claimmark annotation file (.ron); open it in the app and save the annotations first
err-not-utf8-text = Could not read “{ $file }”: it is not UTF-8 text
err-not-utf8 = Could not open “{ $file }”: it is not UTF-8 text, so it is not a claimmark annotation file
err-binary = this looks like a binary file, not text (it contains NUL bytes)
err-reader-failed = claimmark could not read this text ({ $detail }); nothing was changed. Please report it with the file
err-syntax = line { $line }, column { $column }{ $near }: { $detail }. The file is damaged or was edited by hand; fix that spot or open a backup copy
err-not-claimmark = this is not a claimmark annotation file (it has no `format: "claimmark"` header)
err-version = the file is format version { $found }, but this claimmark reads only version { $supported }; open it with a newer claimmark
err-duplicate-id = line { $line }: two annotations have the id { $id }; give one of them an unused id
err-serialize = could not write the annotations: { $detail }
err-empty-selection = Select some text first, then choose a tag
err-out-of-range = The selection is outside the article
err-already-tagged = { $tag ->
    [claim] This text is already tagged as a claim
    [quote] This text is already tagged as a quote
   *[citation] This text is already tagged as a citation
}
err-internal = Something went wrong inside claimmark: { $detail }
err-host-not-found = Cannot reach { $address }: the host name is unknown (check the address and your network connection)
err-connect = Cannot reach { $address }: the connection failed ({ $why })
err-timeout = { $address } did not answer within { $seconds } seconds
err-status = { $address } answered { $status }{ $status ->
    [401] {" "}(access denied: the page needs a login or refuses claimmark)
    [403] {" "}(access denied: the page needs a login or refuses claimmark)
    [404] {" "}(page not found: it may have moved or been removed)
    [410] {" "}(page not found: it may have moved or been removed)
    [429] {" "}(too many requests: try again in a while)
   *[other] {""}
}
err-page-too-large = { $address } is larger than { $limit } MB, the most claimmark fetches
err-redirects = { $address } redirected more than { $count } times
err-bad-redirect = { $address } redirected to “{ $location }”, which claimmark does not follow (only http and https)
err-fetch-read = Reading { $address } failed: { $why }
err-compression = the page is compressed as “{ $name }”, which claimmark cannot read
err-compressed-damaged = the page's compressed bytes are damaged ({ $detail })
err-decompressed-too-large = the page is larger than { $limit } MB once decompressed
err-page = { $address }: { $why }
err-not-a-page = it is { $what }, not a web page or text
err-binary-page = it looks like a binary file, not a web page
err-reader-failed-page = claimmark could not read this page ({ $detail }); nothing was changed. Please report it with the address
err-address-empty = Type or paste a web address (https://…)
err-address-no-host = “{ $address }” has no host name
err-address-scheme = “{ $address }” is a { $scheme }: address; claimmark opens only http and https pages
err-address-not-web = “{ $address }” is not a web address (it should start with https://)
reattach-summary = { $exact } placed exactly, { $moved } moved (marked “moved — check”), { $orphaned } orphaned (listed with [!]; select the right text to re-attach)
flag-end-before-start = its end comes before its start
flag-out-of-range = its position is past the end of the article
flag-text-mismatch = the article says “{ $found }” there, not the stored text
flag-orphaned = the article text changed and this text could not be found again with confidence; select the right text and re-attach it
notice-text-changed = the article text in this file was changed outside claimmark (its checksum differs); every annotation was re-checked against it
notice-timeline-dropped = the transcript's times and speakers do not fit the text ({ $problem }), so they were left out; the text and every annotation are kept
notice-flagged = { $count ->
    [one] { $count } annotation no longer matches the article and is flagged [!] in the list
   *[other] { $count } annotations no longer match the article and are flagged [!] in the list
}
notice-reattached = { $found ->
    [one] { $found } annotation whose offsets did not match was found again by its text
   *[other] { $found } annotations whose offsets did not match were found again by their text
}; { $moved } moved onto changed text and marked “moved — check”
notice-conflicts = a merge left { $count ->
    [one] { $count } conflict
   *[other] { $count } conflicts
} in { $annotations ->
    [one] { $annotations } annotation
   *[other] { $annotations } annotations
}: both sides are kept; pick one in each annotation marked “conflict”
notice-old-version = this file was written in format version { $found }; it opened fine and will be saved as version { $version }, which older claimmark versions cannot read
notice-assumed-encoding = the file is not UTF-8, so it was read as { $name } (Western European). If letters look wrong, save the article as UTF-8 and open it again
notice-replacements = some bytes could not be decoded and are shown as �
notice-extracted = the page's readable text was extracted (scripts, navigation and markup left out)
notice-transcript = read as a transcript: { $cues ->
    [one] one cue
   *[other] { $cues } cues
}, each with its time and speaker where the file gives them{ $skipped ->
    [0] {""}
    [one] ; one malformed cue could not be read and was left out
   *[other] ; { $skipped } malformed cues could not be read and were left out
}
notice-guessed-encoding = the page does not say how its characters are encoded, so { $name } was guessed from its bytes. If letters look wrong, tell the site or save the page as UTF-8

status-new-from-clipboard = New article from the clipboard ({ $count } characters). Save it to keep it.
status-clipboard-empty = The clipboard holds no text. Copy an article's text first.
status-opened = Opened “{ $name }” ({ $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
})
status-opened-with-notes = Opened “{ $name }”: { $notes }
status-saved-to = Saved to { $path }
status-archive-not-copied = Saved to { $path }, but its web archive could not be copied beside it: { $why }
status-export-failed = Could not export: { $why }
status-exported = Exported to { $path }
status-exported-with-warnings = Exported to { $path } with { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}: { $warnings }
status-update-needs-article = Choose the new version of the article (a text file), not an annotation file
status-update-failed = Could not update the text: { $why }
status-updated-from = Article text updated from “{ $name }”
status-update-summary = { $lead }: { $summary } ({ $undo } undoes the update)
status-restored = Restored unsaved work on “{ $title }” ({ $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}). Save it to keep it
status-restore-failed = Could not restore: { $why }

## The web

fetching = Fetching { $address }
fetching-again = Fetching { $address } again
fetching-archive = Archiving { $number } of { $count }: { $address }
fetching-of = { $what } — { $received } of { $total } KB
fetching-so-far = { $what } — { $received } KB
fetching-starting = { $what }…
status-not-from-web = This article was not read from a web page: use { $command } to load a new version from a file
status-nothing-to-archive = No web source to archive: every evidence item and citation with a web address is archived already
status-fetch-busy = Wait for the page being fetched, or cancel it
status-opened-page = Opened { $address } ({ $count } characters). Save to keep it: the page is archived beside the annotation file
status-page-unchanged = { $address } is unchanged since it was read
status-page-same-text = { $address } changed, but not the article's text ({ $undo } undoes the update)
status-page-changed = The page changed
status-archived = Archived { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} ({ $sources ->
    [one] { $sources } source
   *[other] { $sources } sources
} recorded)
status-not-archived = . Not archived: { $failed }
status-archive-failed = The page could not be kept in the archive: { $why }. It stays in memory; save again to retry

## The desk

status-not-a-folder = “{ $path }” is not a folder
status-no-cache = No cache folder to keep the desk's index in
status-no-desk-worker = Could not start the desk's background work
status-desk-not-remembered = The desk is open but could not be remembered for next time: { $why }
status-desk-opening = Opening the desk “{ $name }”…
status-desk-unreadable = ; { $count ->
    [one] { $count } file could not be read
   *[other] { $count } files could not be read
} (marked [!] in the desk panel)
status-desk-from-index = all from its index
status-desk-indexed = { $count ->
    [one] { $count } file indexed now
   *[other] { $count } files indexed now
}
status-desk-read-again = { $count ->
    [one] { $count } file read again, the rest from its index
   *[other] { $count } files read again, the rest from its index
}
status-desk-waiting = Another claimmark is updating the desk's index; waiting for it…
status-desk-rebuilt = The desk's index was missing or damaged and is being built again from your files ({ $why }).
status-model-missing = Matching by meaning is off: no model (Desk menu, Get the matching model…)
status-desk-open = Desk “{ $name }” is open: { $count ->
    [one] { $count } article
   *[other] { $count } articles
}, { $how }{ $note }
status-table-failed = Could not write the table: { $why }
status-wrote-claims = Wrote { $count ->
    [one] { $count } claim
   *[other] { $count } claims
} to { $path }
status-open-desk-first = Open a desk first: File → Open desk… (the folder of your annotation files)
reuse-earlier-check = Earlier check: { $title }
undo-reuse = Reuse earlier check
status-reused = Took the earlier check into this claim ({ $undo } undoes it)

status-import-failed = Could not import “{ $name }”: { $why }
status-import-empty = The file holds no documents
status-imported = Imported from “{ $name }”: { $summary }
status-import-several = . The file holds { $count } documents; this is the first. `claimmark import --from { $format } { $file } -o FOLDER` writes them all
status-comparing = Comparing with “{ $name }”: { $count ->
    [one] { $count } difference
   *[other] { $count } differences
}; their spans are drawn dashed
status-took-differences = Took { $count ->
    [one] { $count } difference
   *[other] { $count } differences
} from theirs ({ $undo } undoes it)
status-link-to-itself = Pick another annotation: one cannot link to itself
status-linked = Linked: { $kind } { $other }
status-no-claims = There are no claims yet: tag one with { $key }
status-all-done = { $count ->
    [one] The { $count } claim is done
   *[other] All { $count } claims are done
}
status-claim-step = Claim { $id } — { $count } not done yet. { $next }: next · { $done }: done and next
status-sample = This is the bundled sample article. Open your own with File → Open ({ $keys }).
status-opened-at-start = Opened “{ $name }”
status-open-failed-sample = { $why }. Showing the sample article instead.
status-not-found = “{ $query }” is not in the article
status-match = Match { $number } of { $count }: press { $keys } to tag it

status-zoom = Article zoom { $percent }%
status-view-not-remembered = The view settings could not be remembered: { $why }
pick-desk = Open a desk: the folder of your annotation files
pick-import = Import { $format }
pick-import-article = The article these annotations point into
pick-articles = Articles (text or saved web page)
status-not-saved = Not saved
status-not-exported = Not exported

pick-open = Open an article or annotation file
pick-articles-and-annotations = Articles and annotations
pick-annotation-files = claimmark annotations
pick-article-files = Articles
pick-all-files = All files
pick-save = Save annotations
pick-export = Export
title-not-saved = { $title } (not saved yet)

## Values, differences and conflicts in a few words

value-empty = (empty)
value-quoted = “{ $text }”
value-position = { $start }–{ $end } { $text }
value-none = (none)
value-evidence-one = 1 item ({ $reference })
value-evidence = { $count ->
    [0] no evidence
    [one] { $count } item
   *[other] { $count } items
}
value-yes = yes
value-no = no
value-links = { $count ->
    [0] no links
    [one] { $count } link
   *[other] { $count } links
}
value-not-archived = not archived

difference-only-ours = Only ours
difference-only-theirs = Only theirs
difference-span = Different span
difference-tag = Different tag
difference-field = Different { $field }
difference-annotation = { $tag } “{ $text }”
difference-alone = { $kind }: { $annotation }
difference-values = { $kind }: { $annotation } — ours { $ours }, theirs { $theirs }
conflict-field = { $named ->
    [no] { $field }: ours { $ours }, theirs { $theirs }
   *[other] { $field }: ours { $ours }, theirs { $theirs } ({ $by })
}
conflict-deleted-by-them = { $named ->
    [no] deleted on the other side, changed on ours
   *[other] deleted on the other side ({ $by }), changed on ours
}
conflict-deleted-by-us = { $named ->
    [no] deleted on our side, changed on the other
   *[other] deleted on our side, changed on the other ({ $by })
}

## Reports (HTML and Markdown)

report-heading = Fact-check report: { $title }
report-source = Source
report-page = Page
report-page-retrieved = retrieved { $date } from { $address }; archived, SHA-256 { $hash }
report-article-hash = Article SHA-256
report-annotations = Annotations
report-annotation-counts = { $claims }, { $quotes }, { $citations }; { $done } of { $count } claims done
report-verdicts = Verdicts
report-verdict = Verdict
report-claims = Claims
report-quotes = Quotes
report-citations = Citations
report-note = Note: { $note }
report-scale = { $value } on a scale from { $worst } to { $best }
report-no-verdict = No verdict yet
report-other-verdict = Other verdict
report-field = { $field ->
    [normalized] Normalized claim
    [claimant] Claimant
    [rationale] Rationale
   *[note] Note
}
report-accessed = accessed { $date }
report-changed-by = by { $who } at { $time }
report-status = Status
report-evidence = Evidence
report-linked = Linked
report-last-changed = Last changed
report-speaker = speaker: { $speaker }
report-quote-verified = verified against its source
report-quote-not-verified = not verified yet
report-target = target
report-target-text = target: { $target }
report-citation-checked = checked
report-citation-not-checked = not checked yet
report-annotation = { $tag } “{ $text }”

## The published fact-check (the annotated article) and a desk's site

report-kicker = Fact-check
report-retrieved = Retrieved { $date }
report-checked-on = Checked on { $date }
report-checked-by = Checked by { $names }
report-chart = Verdicts: { $list }
report-article = The article, annotated
report-how-to-read = How to read this page
report-legend-claim = is highlighted in its verdict's colour and numbered; its check stands beside the paragraph, or below it on a narrow screen.
report-legend-quote = is underlined, with its speaker after it.
report-legend-citation = has a dotted underline.
report-claim-number = Claim { $number }
report-claim-ref = Claim { $number }: { $verdict }. Go to its check.
report-quote-by = Quote: { $speaker }
report-back = Back to the text
report-checks-here = Checks of this paragraph
report-lost-place = Claims whose place in the text was lost
report-made-with = Made with claimmark.
report-site-summary = { $articles ->
    [one] One article
   *[other] { $articles } articles
}, { $claims } with a verdict
report-site-checked = Checked claims
report-site-find = Find
report-site-all = All verdicts
report-site-in = in “{ $article }”
report-site-articles = Articles
report-site-no-claims = No claim has a verdict yet.
report-said = said { $when } by { $who }
report-said-at = said { $when }
report-said-by = said by { $who }
err-pdf-password = this PDF is protected by a password: give its password to open it
err-pdf-wrong-password = that password does not open this PDF: check it and try again
err-pdf-no-text = this PDF has no text to mark up: its pages ({ $pages }) are pictures, as in a scanned document. Run it through text recognition (OCR) first, then open the result
err-pdf-no-unicode = this PDF's fonts do not say which letters they draw, so its text cannot be read; run it through text recognition (OCR) or export it again from the program that made it
err-pdf-no-pages = this PDF has no pages
err-pdf-unreadable = this file is not a PDF claimmark can read ({ $detail }); it may be damaged
err-pdf-cancelled = opening the PDF was cancelled; nothing was changed
notice-pdf = read from a PDF of { $pages ->
    [one] one page
   *[other] { $pages } pages
}; every claim knows the page it is on{ $without ->
    [0] {""}
   *[other]; pages without text (pictures or blank pages), left out: { $without }
}
notice-pages-dropped = the PDF's pages do not fit the text ({ $problem }), so they were left out; the text and every annotation are kept
page-cite = p. { $page }
pages-cite = pp. { $first }–{ $last }
pdf-password-title = Password needed
pdf-password-prompt = “{ $file }” is protected by a password. Type it to open the PDF.
pdf-password-label = Password
pdf-password-open = Open
reading-pdf = Reading “{ $file }”: page { $done } of { $total }
reading-file = Reading “{ $file }”…
pdf-kept = the original PDF is kept beside the annotations as { $file }
pdf-not-kept = { $file } already exists and is a different PDF, so the original was not copied beside the annotations

## Suggested claims
cmd-suggestions-panel = Suggested claims
    .tooltip = Show the sentences claimmark thinks are worth checking
cmd-next-suggestion = Next suggestion
    .tooltip = Go to the next sentence suggested for checking
cmd-previous-suggestion = Previous suggestion
    .tooltip = Go to the previous sentence suggested for checking
cmd-accept-suggestion = Accept suggestion
    .tooltip = Tag the suggested sentence as a claim and open its form
cmd-reject-suggestion = Reject suggestion
    .tooltip = Not worth checking: never suggest this sentence again in this file
tab-suggestions = Suggestions ({ $count })
    .tooltip = Sentences worth checking, with why
suggest-reason = { $reason ->
    [percentage] a percentage
    [money] an amount of money
    [number] a number
    [comparison] a comparison or trend
    [time] a date or time
    [cause] a cause
   *[named-body] a named body
}
suggest-why-wording = worded like claims that were checked
suggest-alike = { $count ->
    [one] like 1 claim your desk checked
   *[other] like { $count } claims your desk checked
}
suggest-nearest = Nearest on your desk: “{ $text }”
suggest-off = Suggestions are off (Edit → Preferences).
suggest-turn-on = Turn suggestions on
suggest-scoring = Reading the article for sentences worth checking…
suggest-get-model = Get the matching model…
suggest-no-model = Suggestions need the matching model, which is not installed. Desk → Get the matching model… downloads it once; it stays on this computer.
suggest-other-model = Suggestions need the multilingual matching model; the one installed is another. Desk → Get the matching model… installs it.
suggest-failed = The article could not be read for suggestions: { $why }
suggest-no-head = the suggestion scorer is missing from this build
suggest-summary = { $count ->
    [one] 1 sentence of { $sentences } worth checking
   *[other] { $count } sentences of { $sentences } worth checking
}{ $rejected ->
    [0] {""}
    [one] {" "}(1 rejected in this file)
   *[other] {" "}({ $rejected } rejected in this file)
}
suggest-order = Order:
suggest-order-best = Best first
suggest-order-text = As in the text
suggest-keys = { $next }: next · { $accept }: accept as a claim · { $reject }: reject
suggest-row = { $percent }% — { $text }
suggest-accept = Accept as claim
    .tooltip = Tag this sentence as a claim and open its form (one step, undone by Undo)
suggest-reject = Reject
    .tooltip = Not worth checking: kept in the file, never suggested again for this sentence
suggest-mark-name = Suggested claim, { $percent }%: { $text }
status-suggestion-step = Suggestion { $number } of { $count }. { $accept }: accept as a claim · { $reject }: reject · { $next }: next
status-no-suggestions = No sentences to suggest: every one worth checking is tagged or rejected.
status-no-current-suggestion = No suggestion chosen: press { $next } to go to the next one.
status-suggestion-accepted = Claim { $id } tagged from the suggestion. { $next }: next suggestion
status-suggestion-rejected = { $count ->
    [one] Rejected: it will not be suggested again in this file ({ $undo } undoes). 1 suggestion left.
   *[other] Rejected: it will not be suggested again in this file ({ $undo } undoes). { $count } suggestions left.
}
prefs-suggestions = Suggest sentences worth checking
    .tooltip = claimmark reads each article with the matching model and marks the sentences that look worth checking
prefs-suggest-own-threshold = Suggest as many as the scorer was tuned for
    .tooltip = Each language has its own threshold, chosen on check-worthiness data the scorer was not trained on
prefs-suggest-threshold = Suggest from score
    .hint = Lower suggests more sentences, higher fewer.
suggest-taste-too-few = Suggestions learn your desk's taste from { $fewest } claims and { $fewest } rejected suggestions; the desk has { $claims } and { $rejected }.
suggest-taste-no-gain = Your desk's { $claims } claims and { $rejected } rejected suggestions did not make the suggestions better: the scorer is used as shipped.
suggest-taste-adapted = Adapted to your desk's taste: { $claims } claims and { $rejected } rejected suggestions (F1 on them { $before } → { $after }).
