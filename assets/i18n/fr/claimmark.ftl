# L'interface de claimmark en français. Traduit les identifiants du catalogue anglais
# (assets/i18n/en/claimmark.ftl) ; un test vérifie qu'il n'en manque ni n'en reste aucun.
# Les arguments sont entre { $accolades } ; les nombres choisissent le pluriel selon le CLDR.

## Les noms du modèle

tag-label = { $tag ->
    [claim] Affirmation
    [quote] Citation
   *[citation] Source
}
tag-name = { $tag ->
    [claim] affirmation
    [quote] citation
   *[citation] source
}
tag-count = { $tag ->
    [claim] { $count ->
        [one] { $count } affirmation
       *[other] { $count } affirmations
    }
    [quote] { $count ->
        [one] { $count } citation
       *[other] { $count } citations
    }
   *[citation] { $count ->
        [one] { $count } source
       *[other] { $count } sources
    }
}
status-label = { $status ->
    [to-check] À vérifier
    [in-progress] En cours
    [second-review] Seconde relecture requise
   *[done] Terminée
}
link-label = { $kind ->
    [supported-by] étayée par
    [contradicted-by] contredite par
   *[attributed-to] attribuée à
}
link-inverse = { $kind ->
    [supported-by] étaye
    [contradicted-by] contredit
   *[attributed-to] est la source de
}
field-name = { $field ->
    [tag] étiquette
    [position] position
    [note] note
    [status] statut
    [verdict] verdict
    [normalized] affirmation reformulée
    [claimant] auteur de l'affirmation
    [rationale] justification
    [evidence] preuves
    [speaker] locuteur
    [quote-verified] citation vérifiée
    [target] cible de la source
    [citation-checked] source contrôlée
    [target-archived] cible archivée
    [links] liens
   *[check] marque « déplacée — à vérifier »
}
edit-typing = Modifier : { $field }
edit-set = Définir : { $field }
format-label = { $format ->
    [text] Texte de l'article (.txt)
    [markdown] Rapport Markdown (.md)
    [html] Rapport à publier (.html)
    [csv] Tableau CSV (.csv)
    [w3c] Annotation Web W3C (.jsonld)
    [claimreview] ClaimReview de schema.org (.jsonld)
    [brat] brat standoff (.ann + .txt)
    [doccano] doccano (.jsonl)
    [label-studio] Label Studio (.json)
   *[hypothesis] Hypothesis (.json)
}
verdict-label = { $verdict ->
    [true] Vrai
    [mostly-true] Plutôt vrai
    [half-true] À moitié vrai
    [mostly-false] Plutôt faux
    [false] Faux
    [misleading] Trompeur
   *[unverifiable] Invérifiable
}

## Commandes : le libellé dans les menus et sur les boutons, et ce qu'elles font (l'infobulle)

cmd-new-from-clipboard = Nouvel article depuis le presse-papiers
    .tooltip = Commencer un nouvel article avec le texte du presse-papiers
cmd-open = Ouvrir…
    .tooltip = Ouvrir un article ou un fichier d'annotations
cmd-open-web-page = Ouvrir une page Web…
    .tooltip = Ouvrir un article depuis son adresse Web ; la page est conservée telle quelle, dans une archive à côté des annotations
cmd-check-page = Vérifier les changements de la page
    .tooltip = Télécharger à nouveau la page de l'article : inchangée, ou le nouveau texte avec chaque annotation déplacée dessus (une seule étape annulable)
cmd-archive-sources = Archiver toutes les sources Web
    .tooltip = Conserver dans l'archive chaque page de preuve et chaque cible de source ayant une adresse Web, avec la date et son SHA-256
cmd-save = Enregistrer
    .tooltip = Enregistrer les annotations
cmd-save-as = Enregistrer sous…
    .tooltip = Enregistrer les annotations dans un nouveau fichier
cmd-quit = Quitter
    .tooltip = Fermer claimmark
cmd-undo = Annuler
    .tooltip = Annuler la dernière modification
cmd-redo = Rétablir
    .tooltip = Rétablir la dernière modification annulée
cmd-delete = Supprimer l'annotation
    .tooltip = Supprimer cette annotation. Annuler la fait revenir
cmd-tag = { $tag ->
    [claim] Marquer comme affirmation
    [quote] Marquer comme citation
   *[citation] Marquer comme source
}
    .tooltip = { $tag ->
        [claim] Marquer le texte sélectionné comme affirmation (ou, sans texte sélectionné, faire de l'annotation sélectionnée une affirmation)
        [quote] Marquer le texte sélectionné comme citation (ou, sans texte sélectionné, faire de l'annotation sélectionnée une citation)
       *[citation] Marquer le texte sélectionné comme source (ou, sans texte sélectionné, faire de l'annotation sélectionnée une source)
    }
cmd-retag = { $tag ->
    [claim] Affirmation
    [quote] Citation
   *[citation] Source
}
    .tooltip = { $tag ->
        [claim] Faire de cette annotation une affirmation
        [quote] Faire de cette annotation une citation
       *[citation] Faire de cette annotation une source
    }
cmd-find = Rechercher dans l'article…
    .tooltip = Rechercher une expression dans l'article
cmd-find-next = Occurrence suivante
    .tooltip = Occurrence suivante
cmd-find-previous = Occurrence précédente
    .tooltip = Occurrence précédente
cmd-escape = Effacer la sélection
    .tooltip = Effacer la sélection, fermer la barre de recherche ou cesser de choisir un lien
cmd-next-claim = Affirmation suivante à vérifier
    .tooltip = Sélectionner l'affirmation suivante qui n'est pas terminée
cmd-previous-claim = Affirmation précédente à vérifier
    .tooltip = Sélectionner l'affirmation précédente qui n'est pas terminée
cmd-done-and-next = Terminer, passer à la suivante
    .tooltip = Marquer cette affirmation comme terminée et passer à la suivante
cmd-verdict = Verdict { $number }
    .tooltip = Donner le verdict { $number } à l'affirmation sélectionnée
cmd-clear-verdict = Effacer le verdict
    .tooltip = Retirer le verdict de l'affirmation sélectionnée
cmd-add-evidence = Ajouter une preuve
    .tooltip = Ajouter une preuve à l'affirmation sélectionnée
cmd-show-selected = Montrer dans l'article
    .tooltip = Faire défiler l'article jusqu'à cette annotation
cmd-start-link = { $kind ->
    [supported-by] Étayée par…
    [contradicted-by] Contredite par…
   *[attributed-to] Attribuée à…
}
    .tooltip = { $kind ->
        [supported-by] Lier cette annotation : cliquez ensuite sur celle qui l'étaye
        [contradicted-by] Lier cette annotation : cliquez ensuite sur celle qui la contredit
       *[attributed-to] Lier cette annotation : cliquez ensuite sur celle à qui elle est attribuée
    }
cmd-confirm-position = La position est juste
    .tooltip = Retirer la marque « déplacée — à vérifier »
cmd-reattach = Rattacher au texte sélectionné
    .tooltip = Sélectionnez d'abord les bons mots dans l'article, puis placez cette annotation dessus
cmd-review-panel = Tableau de relecture
    .tooltip = Le tableau de relecture : statut, verdict, preuves
cmd-export = { $label }
    .tooltip = Écrire : { $label }
cmd-import = { $label }
    .tooltip = Ouvrir un fichier d'un autre outil ({ $label }) comme nouveau document
cmd-preferences = Préférences…
    .tooltip = Votre nom et la langue de l'interface
cmd-update-article-text = Mettre à jour le texte de l'article…
    .tooltip = Charger une nouvelle version de l'article et y déplacer chaque annotation
cmd-open-desk = Ouvrir une rédaction…
    .tooltip = Ouvrir un dossier de fichiers d'annotations comme rédaction : tous ses articles et affirmations, cherchés d'un coup
cmd-desk-panel = Panneau de la rédaction
    .tooltip = Afficher ou masquer la rédaction : ses articles, ses affirmations et sa recherche
cmd-search-desk = Rechercher dans la rédaction…
    .tooltip = Rechercher dans tous les articles et affirmations de la rédaction
cmd-get-model = Obtenir le modèle de rapprochement…
    .tooltip = Télécharger le modèle qui retrouve les vérifications antérieures par le sens : en d'autres mots et, avec un modèle multilingue, dans d'autres langues
cmd-compare-with = Comparer avec…
    .tooltip = Ouvrir les annotations d'une autre personne sur cet article : voir les différences et votre degré d'accord, et reprendre les siennes là où elle a raison
cmd-zoom-in = Agrandir
    .tooltip = Agrandir le texte de l'article (mémorisé)
cmd-zoom-out = Réduire
    .tooltip = Réduire le texte de l'article (mémorisé)
cmd-zoom-reset = Taille réelle
    .tooltip = Afficher le texte de l'article à 100 %
cmd-theme = { $theme ->
    [system] Thème du système
    [light] Thème clair
   *[dark] Thème sombre
}
    .tooltip = Clair, sombre ou comme le bureau (mémorisé)
cmd-open-recent = Fichier récent { $number }
    .tooltip = Rouvrir ce fichier
cmd-clear-recent = Effacer les fichiers récents
    .tooltip = Oublier la liste des fichiers récents

## La barre de menus et la barre d'outils

menu-file = Fichier
menu-open-recent = Ouvrir un fichier récent
menu-no-recent-files = Aucun fichier récent
menu-export = Exporter
menu-import = Importer d'un autre outil
menu-edit = Édition
menu-view = Affichage
menu-desk = Rédaction
menu-review = Relecture
menu-verdict = Verdict
# « Annuler » et ce qu'il annule (« Annuler : marquer une affirmation »).
menu-undo-what = { $command } : { $what }
toolbar-tag = { $tag }  ({ $key })
toolbar-undo = Annuler
toolbar-redo = Rétablir
toolbar-find = Rechercher
toolbar-hint = Sélectionnez du texte à la souris ou avec Maj+flèches, puis appuyez sur { $keys }
keys-or = { $first } ou { $last }

## La barre de recherche

find-label = Rechercher :
find-hint = expression de l'article
find-previous = Précédent
find-next = Suivant
find-no-matches = aucune occurrence
find-position = { $number } sur { $count }
find-count = { $count ->
    [one] { $count } occurrence
   *[other] { $count } occurrences
}
find-hint-keys = Entrée : suivant · { $escape } : fermer, puis { $keys } marque l'occurrence
find-close = Fermer

## Le panneau latéral et la barre d'état

tab-annotations = Annotations
    .tooltip = Toutes les annotations, dans l'ordre du document
tab-review = Relire les affirmations
    .tooltip = Le tableau de relecture : statut, verdict, preuves
tab-compare = Comparer
    .tooltip = Les différences avec le fichier de l'autre personne
link-missing = (annotation { $id } manquante)
status-unsaved = • Modifications non enregistrées
status-saved = Enregistré
status-chars = { $count ->
    [one] { $count } caractère
   *[other] { $count } caractères
} · { $encoding }
status-selected = Sélection { $start }–{ $end } ({ $count ->
    [one] { $count } caractère
   *[other] { $count } caractères
})
status-note = Remarque : { $text }
status-error = Erreur : { $text }
# Le nom qu'un lecteur d'écran donne à un surlignage : « Affirmation #3 : “mots” », puis son verdict et sa note.
mark-name = { $tag } { $id } : “{ $text }”
mark-verdict = , verdict { $verdict }
mark-note = . Note : { $note }
hover-line = { $tag } { $id } : { $note }
hover-click = Cliquez pour sélectionner (cliquez encore pour la suivante en dessous)
legend = Légende :
legend-tag = { $tag } ({ $key })
legend-nested = Les surlignages imbriqués sont dessinés comme des boîtes dans des boîtes.

## Le formulaire de l'annotation

form-selected = { $tag ->
    [claim] Affirmation sélectionnée { $id }
    [quote] Citation sélectionnée { $id }
   *[citation] Source sélectionnée { $id }
}
form-flagged = Cette annotation ne correspond pas à l'article : { $why }.
form-tag = Étiquette :
form-conflict = Conflit de fusion — { $what }
form-keep-ours = Garder la nôtre : { $value }
form-take-theirs = Prendre la leur : { $value }
form-keep-it = La garder
form-delete-as-they-did = La supprimer, comme eux
form-delete-as-we-did = La supprimer, comme nous
form-status = Statut :
form-verdict = Verdict :
form-verdict-off-scale = « { $verdict } » (hors de cette échelle)
form-normalized = Affirmation reformulée (en bref) :
    .hint = p. ex. Les obligations vertes de la ville sont le plus gros investissement climatique municipal d'Europe
form-normalized-too-long = { $count } caractères : les consignes ClaimReview de Google en demandent { $limit } au plus
form-claimant = Auteur de l'affirmation (qui l'a faite) :
    .hint = personne ou organisation
form-rationale = Justification :
    .hint = pourquoi ce verdict
form-speaker = Locuteur :
    .hint = qui l'a dit
form-quote-verified = Vérifiée auprès de sa source
form-target = Cible (URL ou référence) :
    .hint = https://… ou « Rapport annuel 2024, p. 3 »
form-checked = Contrôlée
form-note = Note :
    .hint = tout ce qu'il est utile de savoir
form-changed = Modifiée { $when }
form-changed-by = Modifiée { $when } par { $who }
form-delete = Supprimer
form-evidence = Preuves ({ $count }) :
evidence-reference = URL ou référence
    .hint = https://… ou un document et une page
evidence-title = Titre
    .hint = ce que c'est
evidence-note = Note
    .hint = ce qu'elle montre
evidence-accessed = Consultée le
    .hint = AAAA-MM-JJ
evidence-remove = Retirer cette preuve
archived-on = archivée le { $date } (SHA-256 { $hash }…)
archived-details = Conservée dans l'archive à côté du fichier d'annotations : { $address }
    récupérée { $retrieved }
    SHA-256 { $hash }
archive = Archiver
    .tooltip = Télécharger cette page maintenant et la conserver telle quelle dans l'archive à côté du fichier d'annotations
archive-again = Archiver à nouveau
form-links = Liens :
form-picking-link = Cliquez sur l'annotation par laquelle celle-ci est { $kind } (dans l'article ou la liste). { $escape } annule.
form-add-link = Ajouter un lien…
form-no-links = Pas encore de liens.
form-go-to-link = Y aller
form-remove-link = retirer

## La liste des annotations

list-show = Afficher :
list-show-tag = { $tag ->
    [claim] { $count ->
        [one] Affirmation
       *[other] Affirmations
    }
    [quote] { $count ->
        [one] Citation
       *[other] Citations
    }
   *[citation] { $count ->
        [one] Source
       *[other] Sources
    }
} ({ $count })
    .tooltip = { $tag ->
        [claim] Afficher ou masquer les affirmations dans la liste
        [quote] Afficher ou masquer les citations dans la liste
       *[citation] Afficher ou masquer les sources dans la liste
    }
list-flagged = { $count ->
    [one] { $count } signalée : elle ne correspond pas à l'article
   *[other] { $count } signalées : elles ne correspondent pas à l'article
}
list-empty = Aucune annotation. Sélectionnez du texte dans l'article, puis appuyez sur { $keys }.
list-none-match = Aucune annotation ne correspond au filtre.
list-mark-conflict = [conflit]{" "}
list-mark-moved = [déplacée — à vérifier]{" "}
list-does-not-match = Ne correspond pas : { $why }
list-no-note = (pas de note)
# Ce qu'un lecteur d'écran dit d'une ligne de la liste.
list-row-name = { $tag } { $id }{ $mark ->
    [flagged] {" "}(ne correspond pas à l'article)
    [conflict] {" "}(conflit de fusion)
    [moved] {" "}(déplacée, à vérifier)
   *[none] {""}
} : { $text }
list-row-hover = { $tag } { $id } : “{ $text }”
list-row-note = Note : { $note }

## Le tableau de relecture

review-progress = { $count ->
    [one] { $done } affirmation terminée sur { $count }
   *[other] { $done } affirmations terminées sur { $count }
}
review-keys = { $next } / { $previous } : affirmation suivante / précédente non terminée · { $done } : terminer, suivante · { $first }…{ $last } : verdict
review-show-tag = { $tag ->
    [claim] Affirmations
    [quote] Citations
   *[citation] Sources
}
filter-any-status = Tout statut
filter-any-verdict = Tout verdict
filter-no-verdict = Pas encore de verdict
review-search-hint = chercher texte, notes, auteur…
review-nothing-matches = Rien ne correspond à ces filtres.
column-claim = Affirmation
column-status = Statut
column-verdict = Verdict
column-claimant = Auteur
column-evidence = Pr.
column-sort = Trier selon cette colonne (cliquer à nouveau pour inverser)

## Le panneau de la rédaction

desk-heading = Rédaction : { $name }
desk-refresh = Relire le dossier de la rédaction (fait aussi quand la fenêtre reprend le focus)
desk-counts = { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
} · { $claims ->
    [one] { $claims } affirmation
   *[other] { $claims } affirmations
} · { $outside ->
    [one] { $outside } vérification d'un autre site
   *[other] { $outside } vérifications d'autres sites
}
desk-indexing = Indexation de { $done } fichiers sur { $count }
desk-vectors = Rapprochement par le sens : { $done } affirmations lues sur { $count }
    .tooltip = Le modèle lit chaque affirmation et vérification une fois ; en attendant, la recherche et « Déjà vu » comparent les mots.
desk-meaning-on = Le rapprochement par le sens est activé.
desk-tab-articles = Articles
desk-tab-claims = Toutes les affirmations
desk-tab-search = Recherche
desk-article-filter = filtrer par titre ou fichier
sort = tri
sort-newest = Plus récents d'abord
sort-title = Par titre
sort-most-claims = Plus d'affirmations
sort-least-done = Moins avancés
sort-article = Par article
sort-status = Par statut
sort-verdict = Par verdict
desk-unreadable = [!] { $file } illisible
    .tooltip = Il reste hors de la rédaction tant qu'il ne peut pas être lu.
desk-article-claims = { $claims } ({ $done } terminées)
desk-open-article = Ouvrir « { $title } »
    { $source }
desk-claim-words = mots
desk-claimant = auteur
desk-status = statut
desk-verdict = verdict
desk-claim-count = { $count ->
    [one] { $count } affirmation
   *[other] { $count } affirmations
}
desk-export-csv = Exporter en CSV…
    .tooltip = Écrire ces affirmations, filtrées, dans un tableau CSV
desk-no-verdict = pas de verdict
desk-open-claim = Ouvrir à cette affirmation ({ $file } { $id })
desk-search-hint = mots d'une affirmation, un nom, un chiffre
desk-nothing-found = Rien de trouvé pour l'instant.
hit-kind = { $kind ->
    [article] Article
    [claim] Affirmation
    [quote] Citation
   *[outside] Vérifiée par
}
hit-open-url = Ouvrir { $url } dans le navigateur
hit-open-at = { $kind ->
    [claim] Ouvrir { $file } à cette affirmation
   *[quote] Ouvrir { $file } à cette citation
}
hit-open-file = Ouvrir { $file }

## Déjà vu

seen-searching = Déjà vu (recherche dans la rédaction…)
seen-nothing = Déjà vu : rien de semblable dans la rédaction
seen-count = Déjà vu ({ $count })
seen-why-words = { $count ->
    [one] 1 mot en commun
   *[other] { $count } mots en commun
}
seen-why-meaning = sens proche { $score }
seen-why = Pourquoi c'est proposé
    .tooltip = Les mots marqués figurent dans les deux affirmations. « Sens proche » indique à quel point le modèle de rapprochement place les deux près l'une de l'autre, de 0 (sans rapport) à 1 (identique), quelle que soit leur langue.
seen-checked-by = Vérifiée par { $publisher }
seen-no-verdict = pas encore de verdict
seen-headline = Titre : { $text }
seen-normalized = Reformulée : { $text }
seen-open = Ouvrir
seen-reuse = Reprendre cette vérification
    .tooltip = Reprendre son verdict (s'il figure sur l'échelle de cet article) et son affirmation reformulée, et la citer comme preuve. Annuler revient en arrière

## Comparer avec le fichier d'une autre personne

compare-with = Comparaison avec { $name }
compare-stop = Arrêter la comparaison
    .tooltip = Fermer l'autre fichier (notre document garde ce qui a été accepté)
compare-agreement = Accord : F1 des segments { $exact } exact, { $overlap } chevauchant · κ par caractère { $kappa }
    .tooltip = F1 des segments : segments de même début, fin et étiquette (exact) ou de même étiquette et qui se chevauchent, chacun apparié une fois. κ : kappa de Cohen sur les caractères de l'article, dans un segment de chaque étiquette ou non, moyenné sur les étiquettes.
compare-verdicts = Verdicts : { $equal } affirmations appariées identiques sur { $count } ({ $percent } %), κ { $kappa }
compare-verdicts-none = Verdicts : { $count ->
    [one] { $count } affirmation appariée
   *[other] { $count } affirmations appariées
}, aucune jugée des deux côtés
compare-accept-all = Tout accepter :
    .tooltip = Reprendre dans notre document toutes les différences « { $kind } » (une seule étape à annuler)
compare-none-left = Plus de différences : notre document dit ce que dit le leur.
compare-ours-theirs = la nôtre { $ours } · la leur { $theirs }
compare-only-ours = seulement dans notre fichier
compare-only-theirs = seulement dans le leur
compare-only-theirs-verdict = seulement dans le leur · verdict { $verdict }
compare-accept = Accepter
    .tooltip = Reprendre la leur dans notre document
compare-reject = Rejeter
    .tooltip = Garder la nôtre ; la différence quitte la liste

## L'article et les polices

article-name = Article : { $title }
article-empty = Cet article est vide.
fonts-script = { $script } ({ $count ->
    [one] { $count } caractère
   *[other] { $count } caractères
} comme { $example })
fonts-missing = Installez { $fonts } pour afficher { $scripts } : aucune police installée ne les contient, ils s'affichent donc en carrés (Debian et Ubuntu : { $packages }). Redémarrez claimmark après l'installation.

## Les questions de l'application

dialog-save = Enregistrer
dialog-dont-save = Ne pas enregistrer
dialog-cancel = Annuler
unsaved-heading = { $before ->
    [quit] Enregistrer les modifications de « { $name } » avant de quitter ?
    [open] Enregistrer les modifications de « { $name } » avant d'ouvrir un autre fichier ?
    [new] Enregistrer les modifications de « { $name } » avant de commencer un nouvel article ?
    [import] Enregistrer les modifications de « { $name } » avant d'importer ?
   *[web] Enregistrer les modifications de « { $name } » avant d'ouvrir la page Web ?
}
unsaved-body = Vos annotations ont des modifications non enregistrées. Sans enregistrement, elles seront perdues.
path-heading = { $purpose ->
    [open] Ouvrir un fichier
    [desk] Le dossier de la rédaction (vos fichiers d'annotations)
    [desk-claims] Écrire les affirmations de la rédaction dans
    [compare] Le fichier d'annotations de l'autre personne (.ron)
    [save] Enregistrer les annotations sous
    [export] Exporter vers
    [update] Nouvelle version de l'article
    [import] Le fichier de l'autre outil à importer
   *[import-article] L'article que désignent ces annotations
}
path-button = { $purpose ->
    [open] Ouvrir
    [desk] Ouvrir la rédaction
    [desk-claims] Exporter
    [compare] Comparer
    [save] Enregistrer
    [export] Exporter
    [update] Mettre à jour
    [import] Suivant
   *[import-article] Importer
}
path-no-dialog = Aucune boîte de dialogue de fichiers sur ce bureau. Saisissez le chemin complet :
path-hint-folder = /home/moi/redaction
path-hint-file = /home/moi/articles/article.ron
prefs-heading = Préférences
prefs-name = Votre nom, enregistré avec chaque annotation que vous créez ou modifiez :
    .hint = p. ex. Ana Müller
prefs-language = Langue de l'interface :
prefs-language-system = Celle du système
prefs-language-set = Langue de l'interface : { $language }
prefs-name-cleared = Nom du relecteur effacé
prefs-name-set = Les modifications sont désormais enregistrées au nom de { $name }
prefs-name-not-saved = Le nom { $name } est utilisé pour l'instant, mais il n'a pas pu être mémorisé pour la prochaine fois : { $why }
overwrite-heading = « { $name } » a changé sur le disque
overwrite-body = Quelqu'un (ou un autre programme) a enregistré ce fichier après que vous l'avez ouvert. Écraser remplace sa version par la vôtre (la sienne est gardée dans le fichier .bak à côté).
overwrite = Écraser
overwrite-not-saved = Non enregistré : utilisez Enregistrer sous pour garder les deux versions
recovery-heading = Du travail non enregistré a été trouvé
recovery-body = claimmark s'est fermé avant l'enregistrement de ce travail. Restaurez-le pour reprendre là où vous en étiez.
recovery-never-saved = jamais enregistré
recovery-file = Fichier : { $file } · écrit { $age }
recovery-restore = Restaurer
recovery-discard = Abandonner
    .tooltip = Supprimer définitivement ce travail non enregistré
recovery-decide-later = Décider plus tard
recovery-later = Le travail non enregistré reste dans son fichier de récupération ; il sera proposé à nouveau la prochaine fois
recovery-discarded = Travail non enregistré sur « { $title } » abandonné
age-now = il y a moins d'une minute
age-minutes = { $count ->
    [one] il y a { $count } minute
   *[other] il y a { $count } minutes
}
age-hours = { $count ->
    [one] il y a { $count } heure
   *[other] il y a { $count } heures
}
age-days = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}
web-heading = Ouvrir une page Web
web-body = L'article de la page s'ouvre pour être annoté ; la page elle-même est conservée telle quelle, dans une archive Web (.warc.gz) à côté du fichier d'annotations.
web-hint = https://actu.example/2026/12/article.html
web-open = Ouvrir
model-heading = Le modèle de rapprochement
model-what = « Déjà vu » et la recherche dans la rédaction peuvent rapprocher les affirmations par le sens, pas seulement par les mots communs. Pour cela, claimmark exécute un modèle de plongement de phrases sur cet ordinateur ; rien n'est envoyé nulle part. Il est téléchargé une fois depuis son site public et vérifié avec le SHA-256 que claimmark connaît.
model-name = Modèle :
model-languages = Lit :
model-reads-multilingual = Une centaine de langues, dont l’anglais, l’espagnol, le français, l’allemand, le portugais, l’italien, l’arabe, le hindi, l’indonésien et le turc : une affirmation est retrouvée même vérifiée dans une autre langue
model-reads-english = Anglais seulement
model-size = Téléchargement :
model-megabytes = { $size } Mo
model-licence = Licence :
model-kept-in = Conservé dans :
model-licence-link = Lire la licence
model-checked = Sans internet : claimmark model install DOSSIER en ligne de commande.
model-download = Télécharger
model-progress = { $file } : { $received } Mo sur { $total }
model-progress-so-far = { $file } : { $received } Mo
model-stopped = le téléchargement s'est arrêté
status-model-no-folder = Ce système n'a pas de dossier de données pour le modèle de rapprochement (définissez CLAIMMARK_MODEL_DIR)
status-model-installed = Le modèle de rapprochement { $name } est installé : les affirmations de la rédaction sont en cours de lecture, puis « Déjà vu » et la recherche rapprocheront par le sens
status-model-cancelled = Le téléchargement du modèle a été annulé ; rien n'a été installé
status-model-failed = Le modèle de rapprochement n'a pas pu être installé : { $why }
fetching-heading = Téléchargement depuis le Web

## Messages d'état

status-cancelled = Annulé
status-pick-link = Cliquez sur l'annotation par laquelle celle-ci est { $kind } ({ $escape } annule)
status-link-cancelled = Lien annulé
status-undid = { $which ->
    [undo] Annulé : { $what }
   *[redo] Rétabli : { $what }
}
status-nothing-to = { $which ->
    [undo] Rien à annuler
   *[redo] Rien à rétablir
}
status-could-not = { $which ->
    [undo] Impossible d'annuler : { $why }
   *[redo] Impossible de rétablir : { $why }
}
status-deleted = Annotation supprimée ({ $undo } la fait revenir)
status-select-text-first = Sélectionnez d'abord du texte (faites glisser dessus, ou Maj+flèches), puis choisissez une étiquette
status-tagged = { $tag ->
    [claim] Affirmation marquée : “{ $text }”
    [quote] Citation marquée : “{ $text }”
   *[citation] Source marquée : “{ $text }”
}
status-retagged = { $tag ->
    [claim] L'étiquette est maintenant affirmation
    [quote] L'étiquette est maintenant citation
   *[citation] L'étiquette est maintenant source
}
status-select-claim-first = Sélectionnez d'abord une affirmation ({ $next } va à la suivante à vérifier)
status-verdict = Verdict : { $verdict }
status-select-a-claim = Sélectionnez d'abord une affirmation
status-evidence-added = Preuve ajoutée : saisissez son URL ou sa référence
status-reattached = Rattachée au texte sélectionné
undo-mark-done = Marquer terminée
undo-confirm-position = Confirmer la position
undo-clear-verdict = Effacer le verdict
undo-add-evidence = Ajouter une preuve

## Erreurs et remarques affichées dans la fenêtre

err-read = Impossible de lire « { $file } » : { $why }
err-save = Impossible d'enregistrer dans « { $file } » : { $why }. Votre travail est toujours ouvert ; essayez un autre dossier avec Enregistrer sous
err-write = Impossible d'écrire « { $file } » : { $why }
err-too-large = « { $file } » fait { $size } Mo, plus que les { $limit } Mo qu'ouvre claimmark
err-is-folder = « { $file } » est un dossier, pas un fichier
err-decode = Impossible d'ouvrir « { $file } » : { $why }
err-format = Impossible d'ouvrir « { $file } » : { $why }
err-not-annotation-file = « { $file } » est un article, pas un fichier d'annotations claimmark (.ron) ; ouvrez-le dans l'application et enregistrez d'abord les annotations
err-not-utf8-text = Impossible de lire « { $file } » : ce n'est pas du texte UTF-8
err-not-utf8 = Impossible d'ouvrir « { $file } » : ce n'est pas du texte UTF-8, donc pas un fichier d'annotations claimmark
err-binary = cela ressemble à un fichier binaire, pas à du texte (il contient des octets NUL)
err-reader-failed = claimmark n'a pas pu lire ce texte ({ $detail }) ; rien n'a été modifié. Merci de le signaler avec le fichier
err-syntax = ligne { $line }, colonne { $column }{ $near } : { $detail }. Le fichier est endommagé ou a été modifié à la main ; corrigez cet endroit ou ouvrez une copie de sauvegarde
err-not-claimmark = ce n'est pas un fichier d'annotations claimmark (il n'a pas d'en-tête `format: "claimmark"`)
err-version = le fichier est au format version { $found }, mais ce claimmark ne lit que la version { $supported } ; ouvrez-le avec un claimmark plus récent
err-duplicate-id = ligne { $line } : deux annotations ont l'identifiant { $id } ; donnez à l'une d'elles un identifiant libre
err-serialize = impossible d'écrire les annotations : { $detail }
err-empty-selection = Sélectionnez d'abord du texte, puis choisissez une étiquette
err-out-of-range = La sélection est hors de l'article
err-already-tagged = { $tag ->
    [claim] Ce texte est déjà marqué comme affirmation
    [quote] Ce texte est déjà marqué comme citation
   *[citation] Ce texte est déjà marqué comme source
}
err-internal = Une erreur interne s'est produite dans claimmark : { $detail }
err-host-not-found = Impossible de joindre { $address } : le nom d'hôte est inconnu (vérifiez l'adresse et votre connexion réseau)
err-connect = Impossible de joindre { $address } : la connexion a échoué ({ $why })
err-timeout = { $address } n'a pas répondu en { $seconds } secondes
err-status = { $address } a répondu { $status }{ $status ->
    [401] {" "}(accès refusé : la page demande une connexion ou refuse claimmark)
    [403] {" "}(accès refusé : la page demande une connexion ou refuse claimmark)
    [404] {" "}(page introuvable : elle a peut-être été déplacée ou supprimée)
    [410] {" "}(page introuvable : elle a peut-être été déplacée ou supprimée)
    [429] {" "}(trop de requêtes : réessayez dans un moment)
   *[other] {""}
}
err-page-too-large = { $address } fait plus de { $limit } Mo, le maximum que télécharge claimmark
err-redirects = { $address } a redirigé plus de { $count } fois
err-bad-redirect = { $address } a redirigé vers « { $location } », que claimmark ne suit pas (seulement http et https)
err-fetch-read = La lecture de { $address } a échoué : { $why }
err-compression = la page est compressée en « { $name } », que claimmark ne sait pas lire
err-compressed-damaged = les octets compressés de la page sont endommagés ({ $detail })
err-decompressed-too-large = la page fait plus de { $limit } Mo une fois décompressée
err-page = { $address } : { $why }
err-not-a-page = c'est { $what }, pas une page Web ni du texte
err-binary-page = cela ressemble à un fichier binaire, pas à une page Web
err-reader-failed-page = claimmark n'a pas pu lire cette page ({ $detail }) ; rien n'a été modifié. Merci de le signaler avec l'adresse
err-address-empty = Saisissez ou collez une adresse Web (https://…)
err-address-no-host = « { $address } » n'a pas de nom d'hôte
err-address-scheme = « { $address } » est une adresse { $scheme }: ; claimmark n'ouvre que les pages http et https
err-address-not-web = « { $address } » n'est pas une adresse Web (elle devrait commencer par https://)
reattach-summary = { $exact } placées exactement, { $moved } déplacées (marquées « déplacée — à vérifier »), { $orphaned } orphelines (listées avec [!] ; sélectionnez le bon texte pour les rattacher)
flag-end-before-start = sa fin vient avant son début
flag-out-of-range = sa position dépasse la fin de l'article
flag-text-mismatch = l'article dit “{ $found }” à cet endroit, pas le texte enregistré
flag-orphaned = le texte de l'article a changé et ce texte n'a pas pu être retrouvé avec certitude ; sélectionnez le bon texte et rattachez-la
notice-text-changed = le texte de l'article dans ce fichier a été modifié hors de claimmark (sa somme de contrôle diffère) ; chaque annotation a été revérifiée
notice-timeline-dropped = les temps et les orateurs de la transcription ne correspondent pas au texte ({ $problem }) ; ils ont été laissés de côté, le texte et toutes les annotations sont conservés
notice-flagged = { $count ->
    [one] { $count } annotation ne correspond plus à l'article et est signalée par [!] dans la liste
   *[other] { $count } annotations ne correspondent plus à l'article et sont signalées par [!] dans la liste
}
notice-reattached = { $found ->
    [one] { $found } annotation dont les positions ne correspondaient pas a été retrouvée par son texte
   *[other] { $found } annotations dont les positions ne correspondaient pas ont été retrouvées par leur texte
} ; { $moved } déplacées sur du texte modifié et marquées « déplacée — à vérifier »
notice-conflicts = une fusion a laissé { $count ->
    [one] { $count } conflit
   *[other] { $count } conflits
} dans { $annotations ->
    [one] { $annotations } annotation
   *[other] { $annotations } annotations
} : les deux versions sont gardées ; choisissez-en une dans chaque annotation marquée « conflit »
notice-old-version = ce fichier a été écrit au format version { $found } ; il s'est bien ouvert et sera enregistré en version { $version }, que les anciennes versions de claimmark ne savent pas lire
notice-assumed-encoding = le fichier n'est pas en UTF-8, il a donc été lu comme { $name } (Europe occidentale). Si des lettres semblent fausses, enregistrez l'article en UTF-8 et rouvrez-le
notice-replacements = certains octets n'ont pas pu être décodés et s'affichent comme �
notice-extracted = le texte lisible de la page a été extrait (scripts, navigation et balisage laissés de côté)
notice-transcript = lu comme une transcription : { $cues ->
    [one] un segment
   *[other] { $cues } segments
}, chacun avec son temps et son orateur quand le fichier les donne{ $skipped ->
    [0] {""}
    [one] ; un segment mal formé n'a pas pu être lu et a été laissé de côté
   *[other] ; { $skipped } segments mal formés n'ont pas pu être lus et ont été laissés de côté
}
notice-guessed-encoding = la page n'indique pas l'encodage de ses caractères, { $name } a donc été deviné d'après ses octets. Si des lettres semblent fausses, prévenez le site ou enregistrez la page en UTF-8

status-new-from-clipboard = Nouvel article depuis le presse-papiers ({ $count } caractères). Enregistrez-le pour le garder.
status-clipboard-empty = Le presse-papiers ne contient pas de texte. Copiez d'abord le texte d'un article.
status-opened = « { $name } » ouvert ({ $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
})
status-opened-with-notes = « { $name } » ouvert : { $notes }
status-saved-to = Enregistré dans { $path }
status-archive-not-copied = Enregistré dans { $path }, mais son archive Web n'a pas pu être copiée à côté : { $why }
status-export-failed = Impossible d'exporter : { $why }
status-exported = Exporté vers { $path }
status-exported-with-warnings = Exporté vers { $path } avec { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
} : { $warnings }
status-update-needs-article = Choisissez la nouvelle version de l'article (un fichier texte), pas un fichier d'annotations
status-update-failed = Impossible de mettre à jour le texte : { $why }
status-updated-from = Texte de l'article mis à jour depuis « { $name } »
status-update-summary = { $lead } : { $summary } ({ $undo } annule la mise à jour)
status-restored = Travail non enregistré restauré sur « { $title } » ({ $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}). Enregistrez-le pour le garder
status-restore-failed = Impossible de restaurer : { $why }

## Le Web

fetching = Téléchargement de { $address }
fetching-again = Nouveau téléchargement de { $address }
fetching-archive = Archivage { $number } sur { $count } : { $address }
fetching-of = { $what } — { $received } sur { $total } Ko
fetching-so-far = { $what } — { $received } Ko
fetching-starting = { $what }…
status-not-from-web = Cet article n'a pas été lu depuis une page Web : utilisez { $command } pour charger une nouvelle version depuis un fichier
status-nothing-to-archive = Aucune source Web à archiver : chaque preuve et chaque source ayant une adresse Web est déjà archivée
status-fetch-busy = Attendez la fin du téléchargement de la page, ou annulez-le
status-opened-page = { $address } ouvert ({ $count } caractères). Enregistrez pour le garder : la page est archivée à côté du fichier d'annotations
status-page-unchanged = { $address } n'a pas changé depuis sa lecture
status-page-same-text = { $address } a changé, mais pas le texte de l'article ({ $undo } annule la mise à jour)
status-page-changed = La page a changé
status-archived = { $pages ->
    [one] { $pages } page archivée
   *[other] { $pages } pages archivées
} ({ $sources ->
    [one] { $sources } source enregistrée
   *[other] { $sources } sources enregistrées
})
status-not-archived = . Non archivées : { $failed }
status-archive-failed = La page n'a pas pu être conservée dans l'archive : { $why }. Elle reste en mémoire ; enregistrez à nouveau pour réessayer

## La rédaction

status-not-a-folder = « { $path } » n'est pas un dossier
status-no-cache = Aucun dossier de cache où garder l'index de la rédaction
status-no-desk-worker = Impossible de lancer le travail de fond de la rédaction
status-desk-not-remembered = La rédaction est ouverte mais n'a pas pu être mémorisée pour la prochaine fois : { $why }
status-desk-opening = Ouverture de la rédaction « { $name } »…
status-desk-unreadable = ; { $count ->
    [one] { $count } fichier illisible
   *[other] { $count } fichiers illisibles
} (marqués [!] dans le panneau de la rédaction)
status-desk-from-index = tout depuis son index
status-desk-indexed = { $count ->
    [one] { $count } fichier indexé maintenant
   *[other] { $count } fichiers indexés maintenant
}
status-desk-read-again = { $count ->
    [one] { $count } fichier relu, le reste depuis son index
   *[other] { $count } fichiers relus, le reste depuis son index
}
status-desk-waiting = Un autre claimmark met à jour l'index de la rédaction ; attente de sa fin…
status-desk-rebuilt = L'index de la rédaction manquait ou était endommagé et est reconstruit à partir de vos fichiers ({ $why }).
status-model-missing = Rapprochement par le sens désactivé : aucun modèle (menu Rédaction, Obtenir le modèle…)
status-desk-open = La rédaction « { $name } » est ouverte : { $count ->
    [one] { $count } article
   *[other] { $count } articles
}, { $how }{ $note }
status-table-failed = Impossible d'écrire le tableau : { $why }
status-wrote-claims = { $count ->
    [one] { $count } affirmation écrite
   *[other] { $count } affirmations écrites
} dans { $path }
status-open-desk-first = Ouvrez d'abord une rédaction : Fichier → Ouvrir une rédaction… (le dossier de vos fichiers d'annotations)
reuse-earlier-check = Vérification antérieure : { $title }
undo-reuse = Reprendre une vérification antérieure
status-reused = Vérification antérieure reprise dans cette affirmation ({ $undo } l'annule)

status-import-failed = Impossible d'importer « { $name } » : { $why }
status-import-empty = Le fichier ne contient aucun document
status-imported = Importé depuis « { $name } » : { $summary }
status-import-several = . Le fichier contient { $count } documents ; voici le premier. `claimmark import --from { $format } { $file } -o DOSSIER` les écrit tous
status-comparing = Comparaison avec « { $name } » : { $count ->
    [one] { $count } différence
   *[other] { $count } différences
} ; leurs segments sont dessinés en pointillés
status-took-differences = { $count ->
    [one] { $count } différence reprise
   *[other] { $count } différences reprises
} de la leur ({ $undo } l'annule)
status-link-to-itself = Choisissez une autre annotation : une annotation ne peut pas être liée à elle-même
status-linked = Liée : { $kind } { $other }
status-no-claims = Aucune affirmation pour l'instant : marquez-en une avec { $key }
status-all-done = { $count ->
    [one] L'affirmation est terminée
   *[other] Les { $count } affirmations sont terminées
}
status-claim-step = Affirmation { $id } — { $count } restantes. { $next } : suivante · { $done } : terminer, suivante
status-sample = Voici l'article d'exemple fourni. Ouvrez le vôtre avec Fichier → Ouvrir ({ $keys }).
status-opened-at-start = « { $name } » ouvert
status-open-failed-sample = { $why }. L'article d'exemple est affiché à la place.
status-not-found = « { $query } » n'est pas dans l'article
status-match = Occurrence { $number } sur { $count } : appuyez sur { $keys } pour la marquer

status-zoom = Zoom de l'article { $percent } %
status-view-not-remembered = Les réglages d'affichage n'ont pas pu être mémorisés : { $why }
pick-desk = Ouvrir une rédaction : le dossier de vos fichiers d'annotations
pick-import = Importer { $format }
pick-import-article = L'article que désignent ces annotations
pick-articles = Articles (texte ou page Web enregistrée)
status-not-saved = Non enregistré
status-not-exported = Non exporté

pick-open = Ouvrir un article ou un fichier d'annotations
pick-articles-and-annotations = Articles et annotations
pick-annotation-files = Annotations claimmark
pick-article-files = Articles
pick-all-files = Tous les fichiers
pick-save = Enregistrer les annotations
pick-export = Exporter
title-not-saved = { $title } (pas encore enregistré)

## Valeurs, différences et conflits en quelques mots

value-empty = (vide)
value-quoted = “{ $text }”
value-position = { $start }–{ $end } { $text }
value-none = (aucun)
value-evidence-one = 1 preuve ({ $reference })
value-evidence = { $count ->
    [0] aucune preuve
    [one] { $count } preuve
   *[other] { $count } preuves
}
value-yes = oui
value-no = non
value-links = { $count ->
    [0] aucun lien
    [one] { $count } lien
   *[other] { $count } liens
}
value-not-archived = non archivée

difference-only-ours = Seulement chez nous
difference-only-theirs = Seulement chez eux
difference-span = Segment différent
difference-tag = Étiquette différente
difference-field = Différence : { $field }
difference-annotation = { $tag } “{ $text }”
difference-alone = { $kind } : { $annotation }
difference-values = { $kind } : { $annotation } — la nôtre { $ours }, la leur { $theirs }
conflict-field = { $named ->
    [no] { $field } : la nôtre { $ours }, la leur { $theirs }
   *[other] { $field } : la nôtre { $ours }, la leur { $theirs } ({ $by })
}
conflict-deleted-by-them = { $named ->
    [no] supprimée de l'autre côté, modifiée du nôtre
   *[other] supprimée de l'autre côté ({ $by }), modifiée du nôtre
}
conflict-deleted-by-us = { $named ->
    [no] supprimée de notre côté, modifiée de l'autre
   *[other] supprimée de notre côté, modifiée de l'autre ({ $by })
}

## Rapports (HTML et Markdown)

report-heading = Rapport de vérification : { $title }
report-source = Source
report-page = Page
report-page-retrieved = récupérée le { $date } depuis { $address } ; archivée, SHA-256 { $hash }
report-article-hash = SHA-256 de l'article
report-annotations = Annotations
report-annotation-counts = { $claims }, { $quotes }, { $citations } ; { $done } affirmations terminées sur { $count }
report-verdicts = Verdicts
report-verdict = Verdict
report-claims = Affirmations
report-quotes = Citations
report-citations = Sources
report-note = Note : { $note }
report-scale = { $value } sur une échelle de { $worst } à { $best }
report-no-verdict = Pas encore de verdict
report-other-verdict = Autre verdict
report-field = { $field ->
    [normalized] Affirmation reformulée
    [claimant] Auteur de l'affirmation
    [rationale] Justification
   *[note] Note
}
report-accessed = consultée le { $date }
report-changed-by = par { $who } le { $time }
report-status = Statut
report-evidence = Preuves
report-linked = Liens
report-last-changed = Dernière modification
report-speaker = locuteur : { $speaker }
report-quote-verified = vérifiée auprès de sa source
report-quote-not-verified = pas encore vérifiée
report-target = cible
report-target-text = cible : { $target }
report-citation-checked = contrôlée
report-citation-not-checked = pas encore contrôlée
report-annotation = { $tag } “{ $text }”

## La vérification publiée (l'article annoté) et le site d'une rédaction

report-kicker = Vérification
report-retrieved = Récupéré le { $date }
report-checked-on = Vérifié le { $date }
report-checked-by = Vérifié par { $names }
report-chart = Verdicts : { $list }
report-article = L'article, annoté
report-how-to-read = Comment lire cette page
report-legend-claim = est surlignée de la couleur de son verdict et numérotée ; sa vérification est à côté du paragraphe, ou dessous sur un écran étroit.
report-legend-quote = est soulignée, suivie de son auteur.
report-legend-citation = est soulignée en pointillés.
report-claim-number = Affirmation { $number }
report-claim-ref = Affirmation { $number } : { $verdict }. Aller à sa vérification.
report-quote-by = Citation : { $speaker }
report-back = Retour au texte
report-checks-here = Vérifications de ce paragraphe
report-lost-place = Affirmations dont la place dans le texte est perdue
report-made-with = Fait avec claimmark.
report-site-summary = { $articles ->
    [one] Un article
   *[other] { $articles } articles
}, { $claims } avec un verdict
report-site-checked = Affirmations vérifiées
report-site-find = Chercher
report-site-all = Tous les verdicts
report-site-in = dans « { $article } »
report-site-articles = Articles
report-site-no-claims = Aucune affirmation n'a encore de verdict.
report-said = dit { $when } par { $who }
report-said-at = dit { $when }
report-said-by = dit par { $who }
err-pdf-password = ce PDF est protégé par un mot de passe : saisissez-le pour l'ouvrir
err-pdf-wrong-password = ce mot de passe n'ouvre pas ce PDF : vérifiez-le et réessayez
err-pdf-no-text = ce PDF n'a pas de texte à annoter : ses pages ({ $pages }) sont des images, comme dans un document numérisé. Passez-le d'abord par une reconnaissance de texte (OCR), puis ouvrez le résultat
err-pdf-no-unicode = les polices de ce PDF ne disent pas quelles lettres elles dessinent : son texte ne peut pas être lu ; passez-le par une reconnaissance de texte (OCR) ou exportez-le à nouveau depuis le programme qui l'a créé
err-pdf-no-pages = ce PDF n'a aucune page
err-pdf-unreadable = ce fichier n'est pas un PDF que claimmark sait lire ({ $detail }) ; il est peut-être endommagé
err-pdf-cancelled = l'ouverture du PDF a été annulée ; rien n'a été modifié
notice-pdf = lu depuis un PDF { $pages ->
    [one] d'une page
   *[other] de { $pages } pages
} ; chaque affirmation connaît sa page{ $without ->
    [0] {""}
   *[other] ; pages sans texte (images ou pages blanches) laissées de côté : { $without }
}
notice-pages-dropped = les pages du PDF ne correspondent pas au texte ({ $problem }) ; elles ont été laissées de côté, le texte et toutes les annotations sont conservés
page-cite = p. { $page }
pages-cite = p. { $first }–{ $last }
pdf-password-title = Mot de passe requis
pdf-password-prompt = « { $file } » est protégé par un mot de passe. Saisissez-le pour ouvrir le PDF.
pdf-password-label = Mot de passe
pdf-password-open = Ouvrir
reading-pdf = Lecture de « { $file } » : page { $done } sur { $total }
reading-file = Lecture de « { $file } »…
pdf-kept = le PDF d'origine est conservé à côté des annotations sous le nom { $file }
pdf-not-kept = { $file } existe déjà et c'est un autre PDF : l'original n'a pas été copié à côté des annotations

## Affirmations suggérées
cmd-suggestions-panel = Affirmations suggérées
    .tooltip = Afficher les phrases que claimmark juge dignes d'être vérifiées
cmd-next-suggestion = Suggestion suivante
    .tooltip = Aller à la phrase suivante suggérée pour vérification
cmd-previous-suggestion = Suggestion précédente
    .tooltip = Aller à la phrase suggérée précédente
cmd-accept-suggestion = Accepter la suggestion
    .tooltip = Étiqueter la phrase suggérée comme affirmation et ouvrir son formulaire
cmd-reject-suggestion = Rejeter la suggestion
    .tooltip = Ne vaut pas une vérification : ne plus suggérer cette phrase dans ce fichier
tab-suggestions = Suggestions ({ $count })
    .tooltip = Les phrases à vérifier, et pourquoi
suggest-reason = { $reason ->
    [percentage] un pourcentage
    [money] une somme d'argent
    [number] un nombre
    [comparison] une comparaison ou une tendance
    [time] une date ou une heure
    [cause] une cause
   *[named-body] un organisme nommé
}
suggest-why-wording = formulée comme des affirmations déjà vérifiées
suggest-alike = { $count ->
    [one] comme 1 affirmation vérifiée par votre rédaction
   *[other] comme { $count } affirmations vérifiées par votre rédaction
}
suggest-nearest = La plus proche dans votre rédaction : « { $text } »
suggest-off = Les suggestions sont désactivées (Édition → Préférences).
suggest-turn-on = Activer les suggestions
suggest-scoring = Lecture de l'article à la recherche de phrases à vérifier…
suggest-get-model = Obtenir le modèle de rapprochement…
suggest-no-model = Les suggestions ont besoin du modèle de rapprochement, qui n'est pas installé. Rédaction → Obtenir le modèle de rapprochement… le télécharge une fois ; il reste sur cet ordinateur.
suggest-other-model = Les suggestions ont besoin du modèle de rapprochement multilingue ; celui qui est installé est un autre. Rédaction → Obtenir le modèle de rapprochement… l'installe.
suggest-failed = L'article n'a pas pu être lu pour les suggestions : { $why }
suggest-no-head = l'évaluateur de suggestions manque dans cette version
suggest-summary = { $count ->
    [one] 1 phrase sur { $sentences } à vérifier
   *[other] { $count } phrases sur { $sentences } à vérifier
}{ $rejected ->
    [0] {""}
    [one] {" "}(1 rejetée dans ce fichier)
   *[other] {" "}({ $rejected } rejetées dans ce fichier)
}
suggest-order = Ordre :
suggest-order-best = Meilleures d'abord
suggest-order-text = Comme dans le texte
suggest-keys = { $next } : suivante · { $accept } : accepter comme affirmation · { $reject } : rejeter
suggest-row = { $percent } % — { $text }
suggest-accept = Accepter comme affirmation
    .tooltip = Étiqueter cette phrase comme affirmation et ouvrir son formulaire (une étape, annulée par Annuler)
suggest-reject = Rejeter
    .tooltip = Ne vaut pas une vérification : gardé dans le fichier, cette phrase n'est plus suggérée
suggest-mark-name = Affirmation suggérée, { $percent } % : { $text }
status-suggestion-step = Suggestion { $number } sur { $count }. { $accept } : accepter comme affirmation · { $reject } : rejeter · { $next } : suivante
status-no-suggestions = Aucune phrase à suggérer : toutes celles qui valent une vérification sont étiquetées ou rejetées.
status-no-current-suggestion = Aucune suggestion choisie : appuyez sur { $next } pour aller à la suivante.
status-suggestion-accepted = Affirmation { $id } étiquetée depuis la suggestion. { $next } : suggestion suivante
status-suggestion-rejected = { $count ->
    [one] Rejetée : elle ne sera plus suggérée dans ce fichier ({ $undo } annule). Il reste 1 suggestion.
   *[other] Rejetée : elle ne sera plus suggérée dans ce fichier ({ $undo } annule). Il reste { $count } suggestions.
}
prefs-suggestions = Suggérer les phrases à vérifier
    .tooltip = claimmark lit chaque article avec le modèle de rapprochement et marque les phrases qui semblent dignes d'être vérifiées
prefs-suggest-own-threshold = En suggérer autant que l'évaluateur a été réglé pour
    .tooltip = Chaque langue a son propre seuil, choisi sur des données de vérifiabilité sur lesquelles l'évaluateur n'a pas été entraîné
prefs-suggest-threshold = Suggérer à partir du score
    .hint = Plus bas suggère plus de phrases, plus haut moins.
suggest-taste-too-few = Les suggestions apprennent les choix de votre rédaction à partir de { $fewest } affirmations et { $fewest } suggestions rejetées ; la rédaction en a { $claims } et { $rejected }.
suggest-taste-no-gain = Les { $claims } affirmations et { $rejected } suggestions rejetées de votre rédaction n'ont pas amélioré les suggestions : l'évaluateur est utilisé tel quel.
suggest-taste-adapted = Ajusté aux choix de votre rédaction : { $claims } affirmations et { $rejected } suggestions rejetées (F1 sur elles { $before } → { $after }).
