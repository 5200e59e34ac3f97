# La interfaz de claimmark en español. Traduce los identificadores del catálogo inglés
# (assets/i18n/en/claimmark.ftl); una prueba comprueba que no falte ni sobre ninguno.
# Los argumentos van entre { $llaves }; los números eligen el plural según CLDR.

## Los nombres del modelo

tag-label = { $tag ->
    [claim] Afirmación
    [quote] Cita
   *[citation] Fuente
}
tag-name = { $tag ->
    [claim] afirmación
    [quote] cita
   *[citation] fuente
}
tag-count = { $tag ->
    [claim] { $count ->
        [one] { $count } afirmación
       *[other] { $count } afirmaciones
    }
    [quote] { $count ->
        [one] { $count } cita
       *[other] { $count } citas
    }
   *[citation] { $count ->
        [one] { $count } fuente
       *[other] { $count } fuentes
    }
}
status-label = { $status ->
    [to-check] Por verificar
    [in-progress] En curso
    [second-review] Necesita segunda revisión
   *[done] Terminada
}
link-label = { $kind ->
    [supported-by] respaldada por
    [contradicted-by] contradicha por
   *[attributed-to] atribuida a
}
link-inverse = { $kind ->
    [supported-by] respalda a
    [contradicted-by] contradice a
   *[attributed-to] es la fuente de
}
field-name = { $field ->
    [tag] etiqueta
    [position] posición
    [note] nota
    [status] estado
    [verdict] veredicto
    [normalized] afirmación normalizada
    [claimant] autor de la afirmación
    [rationale] justificación
    [evidence] pruebas
    [speaker] hablante
    [quote-verified] cita verificada
    [target] destino de la fuente
    [citation-checked] fuente comprobada
    [target-archived] destino archivado
    [links] vínculos
   *[check] marca «movida: revisar»
}
edit-typing = Editar { $field }
edit-set = Cambiar { $field }
format-label = { $format ->
    [text] Texto del artículo (.txt)
    [markdown] Informe Markdown (.md)
    [html] Informe para publicar (.html)
    [csv] Tabla CSV (.csv)
    [w3c] Anotación web W3C (.jsonld)
    [claimreview] ClaimReview de schema.org (.jsonld)
    [brat] brat standoff (.ann + .txt)
    [doccano] doccano (.jsonl)
    [label-studio] Label Studio (.json)
   *[hypothesis] Hypothesis (.json)
}
verdict-label = { $verdict ->
    [true] Verdadero
    [mostly-true] Mayormente verdadero
    [half-true] Verdad a medias
    [mostly-false] Mayormente falso
    [false] Falso
    [misleading] Engañoso
   *[unverifiable] Inverificable
}

## Órdenes: la etiqueta en menús y botones, y lo que hace (la descripción emergente)

cmd-new-from-clipboard = Nuevo artículo desde el portapapeles
    .tooltip = Empezar un artículo nuevo con el texto del portapapeles
cmd-open = Abrir…
    .tooltip = Abrir un artículo o un archivo de anotaciones
cmd-open-web-page = Abrir página web…
    .tooltip = Abrir un artículo desde su dirección web; la página se guarda tal como estaba, en un archivo junto a las anotaciones
cmd-check-page = Comprobar cambios en la página
    .tooltip = Descargar de nuevo la página del artículo: sin cambios, o el texto nuevo con cada anotación trasladada a él (un solo paso que se puede deshacer)
cmd-archive-sources = Archivar todas las fuentes web
    .tooltip = Guardar en el archivo cada página de pruebas y cada destino de fuente con dirección web, con la fecha y su SHA-256
cmd-save = Guardar
    .tooltip = Guardar las anotaciones
cmd-save-as = Guardar como…
    .tooltip = Guardar las anotaciones en un archivo nuevo
cmd-quit = Salir
    .tooltip = Cerrar claimmark
cmd-undo = Deshacer
    .tooltip = Deshacer el último cambio
cmd-redo = Rehacer
    .tooltip = Rehacer el último cambio deshecho
cmd-delete = Eliminar anotación
    .tooltip = Eliminar esta anotación. Deshacer la recupera
cmd-tag = { $tag ->
    [claim] Etiquetar como afirmación
    [quote] Etiquetar como cita
   *[citation] Etiquetar como fuente
}
    .tooltip = { $tag ->
        [claim] Etiquetar el texto seleccionado como afirmación (o, sin texto seleccionado, convertir la anotación seleccionada en afirmación)
        [quote] Etiquetar el texto seleccionado como cita (o, sin texto seleccionado, convertir la anotación seleccionada en cita)
       *[citation] Etiquetar el texto seleccionado como fuente (o, sin texto seleccionado, convertir la anotación seleccionada en fuente)
    }
cmd-retag = { $tag ->
    [claim] Afirmación
    [quote] Cita
   *[citation] Fuente
}
    .tooltip = { $tag ->
        [claim] Convertir esta anotación en afirmación
        [quote] Convertir esta anotación en cita
       *[citation] Convertir esta anotación en fuente
    }
cmd-find = Buscar en el artículo…
    .tooltip = Buscar una frase en el artículo
cmd-find-next = Buscar siguiente
    .tooltip = Coincidencia siguiente
cmd-find-previous = Buscar anterior
    .tooltip = Coincidencia anterior
cmd-escape = Quitar selección
    .tooltip = Quitar la selección, cerrar la barra de búsqueda o dejar de elegir un vínculo
cmd-next-claim = Siguiente afirmación por verificar
    .tooltip = Seleccionar la siguiente afirmación que no está terminada
cmd-previous-claim = Afirmación anterior por verificar
    .tooltip = Seleccionar la afirmación anterior que no está terminada
cmd-done-and-next = Terminar y pasar a la siguiente
    .tooltip = Marcar esta afirmación como terminada y pasar a la siguiente
cmd-verdict = Veredicto { $number }
    .tooltip = Dar a la afirmación seleccionada el veredicto { $number }
cmd-clear-verdict = Quitar veredicto
    .tooltip = Quitar el veredicto de la afirmación seleccionada
cmd-add-evidence = Añadir prueba
    .tooltip = Añadir una prueba a la afirmación seleccionada
cmd-show-selected = Mostrar en el artículo
    .tooltip = Desplazar el artículo hasta esta anotación
cmd-start-link = { $kind ->
    [supported-by] La respalda…
    [contradicted-by] La contradice…
   *[attributed-to] Se atribuye a…
}
    .tooltip = { $kind ->
        [supported-by] Vincular esta anotación: haga clic después en la que la respalda
        [contradicted-by] Vincular esta anotación: haga clic después en la que la contradice
       *[attributed-to] Vincular esta anotación: haga clic después en aquella a la que se atribuye
    }
cmd-confirm-position = La posición es correcta
    .tooltip = Quitar la marca «movida: revisar»
cmd-reattach = Volver a anclar al texto seleccionado
    .tooltip = Seleccione primero las palabras correctas en el artículo y después ponga esta anotación sobre ellas
cmd-review-panel = Tabla de revisión
    .tooltip = La tabla de revisión: estado, veredicto, pruebas
cmd-export = { $label }
    .tooltip = Escribir: { $label }
cmd-import = { $label }
    .tooltip = Abrir un archivo de otra herramienta ({ $label }) como documento nuevo
cmd-preferences = Preferencias…
    .tooltip = Su nombre y el idioma de la interfaz
cmd-update-article-text = Actualizar el texto del artículo…
    .tooltip = Cargar una versión nueva del artículo y trasladar a ella cada anotación
cmd-open-desk = Abrir redacción…
    .tooltip = Abrir una carpeta de archivos de anotaciones como redacción: cada artículo y afirmación que contiene, buscados a la vez
cmd-desk-panel = Panel de redacción
    .tooltip = Mostrar u ocultar la redacción: sus artículos, afirmaciones y búsqueda
cmd-search-desk = Buscar en la redacción…
    .tooltip = Buscar en todos los artículos y afirmaciones de la redacción
cmd-get-model = Obtener el modelo de coincidencias…
    .tooltip = Descargar el modelo que encuentra verificaciones anteriores por su significado: con otras palabras y, con un modelo multilingüe, en otros idiomas
cmd-compare-with = Comparar con…
    .tooltip = Abrir las anotaciones de otra persona sobre este artículo: ver las diferencias y cuánto coinciden, y tomar las suyas donde acierten
cmd-zoom-in = Ampliar
    .tooltip = Agrandar el texto del artículo (se recuerda)
cmd-zoom-out = Reducir
    .tooltip = Achicar el texto del artículo (se recuerda)
cmd-zoom-reset = Tamaño real
    .tooltip = Mostrar el texto del artículo al 100 %
cmd-theme = { $theme ->
    [system] Tema del sistema
    [light] Tema claro
   *[dark] Tema oscuro
}
    .tooltip = Claro, oscuro o como el escritorio (se recuerda)
cmd-open-recent = Archivo reciente { $number }
    .tooltip = Abrir este archivo de nuevo
cmd-clear-recent = Borrar archivos recientes
    .tooltip = Olvidar la lista de archivos recientes

## La barra de menús y la barra de herramientas

menu-file = Archivo
menu-open-recent = Abrir reciente
menu-no-recent-files = No hay archivos recientes
menu-export = Exportar
menu-import = Importar de otra herramienta
menu-edit = Editar
menu-view = Ver
menu-desk = Redacción
menu-review = Revisión
menu-verdict = Veredicto
# «Deshacer» y lo que deshace («Deshacer etiquetar afirmación»).
menu-undo-what = { $command }: { $what }
toolbar-tag = { $tag }  ({ $key })
toolbar-undo = Deshacer
toolbar-redo = Rehacer
toolbar-find = Buscar
toolbar-hint = Seleccione texto con el ratón o con Mayús+flechas y pulse { $keys }
keys-or = { $first } o { $last }

## La barra de búsqueda

find-label = Buscar:
find-hint = frase del artículo
find-previous = Anterior
find-next = Siguiente
find-no-matches = sin coincidencias
find-position = { $number } de { $count }
find-count = { $count ->
    [one] { $count } coincidencia
   *[other] { $count } coincidencias
}
find-hint-keys = Intro: siguiente · { $escape }: cerrar; después { $keys } etiqueta la coincidencia
find-close = Cerrar

## El panel lateral y la barra de estado

tab-annotations = Anotaciones
    .tooltip = Todas las anotaciones, en el orden del documento
tab-review = Revisar afirmaciones
    .tooltip = La tabla de revisión: estado, veredicto, pruebas
tab-compare = Comparar
    .tooltip = Las diferencias con el archivo de la otra persona
link-missing = (falta la anotación { $id })
status-unsaved = • Cambios sin guardar
status-saved = Guardado
status-chars = { $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
} · { $encoding }
status-selected = Selección { $start }–{ $end } ({ $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
})
status-note = Aviso: { $text }
status-error = Error: { $text }
# El nombre que un lector de pantalla da a un resaltado: «Afirmación #3: “palabras”», su veredicto y nota.
mark-name = { $tag } { $id }: “{ $text }”
mark-verdict = , veredicto { $verdict }
mark-note = . Nota: { $note }
hover-line = { $tag } { $id }: { $note }
hover-click = Haga clic para seleccionar (otro clic, la siguiente de debajo)
legend = Leyenda:
legend-tag = { $tag } ({ $key })
legend-nested = Los resaltados anidados se dibujan como cajas dentro de cajas.

## El formulario de la anotación

form-selected = { $tag ->
    [claim] Afirmación seleccionada { $id }
    [quote] Cita seleccionada { $id }
   *[citation] Fuente seleccionada { $id }
}
form-flagged = Esta anotación no coincide con el artículo: { $why }.
form-tag = Etiqueta:
form-conflict = Conflicto de fusión: { $what }
form-keep-ours = Conservar la nuestra: { $value }
form-take-theirs = Tomar la suya: { $value }
form-keep-it = Conservarla
form-delete-as-they-did = Eliminarla, como hicieron ellos
form-delete-as-we-did = Eliminarla, como hicimos nosotros
form-status = Estado:
form-verdict = Veredicto:
form-verdict-off-scale = “{ $verdict }” (no está en esta escala)
form-normalized = Afirmación normalizada (reformulación breve):
    .hint = p. ej., Los bonos verdes del ayuntamiento son la mayor inversión climática municipal de Europa
form-normalized-too-long = { $count } caracteres: las pautas de ClaimReview de Google piden { $limit } como máximo
form-claimant = Autor de la afirmación (quién la hizo):
    .hint = persona u organización
form-rationale = Justificación:
    .hint = por qué este veredicto
form-speaker = Hablante:
    .hint = quién lo dijo
form-quote-verified = Verificada con su fuente
form-target = Destino (URL o referencia):
    .hint = https://… o «Informe anual 2024, p. 3»
form-checked = Comprobada
form-note = Nota:
    .hint = cualquier otra cosa que convenga saber
form-changed = Modificada { $when }
form-changed-by = Modificada { $when } por { $who }
form-delete = Eliminar
form-evidence = Pruebas ({ $count }):
evidence-reference = URL o referencia
    .hint = https://… o un documento y página
evidence-title = Título
    .hint = qué es
evidence-note = Nota
    .hint = qué muestra
evidence-accessed = Consultado
    .hint = AAAA-MM-DD
evidence-remove = Quitar esta prueba
archived-on = archivada el { $date } (SHA-256 { $hash }…)
archived-details = Guardada en el archivo junto al archivo de anotaciones: { $address }
    obtenida { $retrieved }
    SHA-256 { $hash }
archive = Archivar
    .tooltip = Descargar ahora esta página y guardarla, tal como está, en el archivo junto al archivo de anotaciones
archive-again = Archivar de nuevo
form-links = Vínculos:
form-picking-link = Haga clic en la anotación por la que esta es { $kind } (en el artículo o en la lista). { $escape } cancela.
form-add-link = Añadir vínculo…
form-no-links = Aún no hay vínculos.
form-go-to-link = Ir a ella
form-remove-link = quitar

## La lista de anotaciones

list-show = Mostrar:
list-show-tag = { $tag ->
    [claim] { $count ->
        [one] Afirmación
       *[other] Afirmaciones
    }
    [quote] { $count ->
        [one] Cita
       *[other] Citas
    }
   *[citation] { $count ->
        [one] Fuente
       *[other] Fuentes
    }
} ({ $count })
    .tooltip = { $tag ->
        [claim] Mostrar u ocultar las afirmaciones en la lista
        [quote] Mostrar u ocultar las citas en la lista
       *[citation] Mostrar u ocultar las fuentes en la lista
    }
list-flagged = { $count ->
    [one] { $count } marcada: no coincide con el artículo
   *[other] { $count } marcadas: no coinciden con el artículo
}
list-empty = Aún no hay anotaciones. Seleccione texto en el artículo y pulse { $keys }.
list-none-match = Ninguna anotación coincide con el filtro.
list-mark-conflict = [conflicto]{" "}
list-mark-moved = [movida: revisar]{" "}
list-does-not-match = No coincide: { $why }
list-no-note = (sin nota)
# Lo que dice un lector de pantalla de una fila de la lista.
list-row-name = { $tag } { $id }{ $mark ->
    [flagged] {" "}(no coincide con el artículo)
    [conflict] {" "}(conflicto de fusión)
    [moved] {" "}(movida, revisar)
   *[none] {""}
}: { $text }
list-row-hover = { $tag } { $id }: “{ $text }”
list-row-note = Nota: { $note }

## La tabla de revisión

review-progress = { $count ->
    [one] { $done } de { $count } afirmación terminada
   *[other] { $done } de { $count } afirmaciones terminadas
}
review-keys = { $next } / { $previous }: afirmación siguiente / anterior sin terminar · { $done }: terminar y seguir · { $first }…{ $last }: veredicto
review-show-tag = { $tag ->
    [claim] Afirmaciones
    [quote] Citas
   *[citation] Fuentes
}
filter-any-status = Cualquier estado
filter-any-verdict = Cualquier veredicto
filter-no-verdict = Sin veredicto aún
review-search-hint = buscar en texto, notas, autor…
review-nothing-matches = Nada coincide con estos filtros.
column-claim = Afirmación
column-status = Estado
column-verdict = Veredicto
column-claimant = Autor
column-evidence = Pr.
column-sort = Ordenar por esta columna (otro clic invierte el orden)

## El panel de redacción

desk-heading = Redacción: { $name }
desk-refresh = Leer de nuevo la carpeta de la redacción (también al volver a la ventana)
desk-counts = { $articles ->
    [one] { $articles } artículo
   *[other] { $articles } artículos
} · { $claims ->
    [one] { $claims } afirmación
   *[other] { $claims } afirmaciones
} · { $outside ->
    [one] { $outside } verificación de otro medio
   *[other] { $outside } verificaciones de otros medios
}
desk-indexing = Indexando { $done } de { $count } archivos
desk-vectors = Coincidencia por significado: { $done } de { $count } afirmaciones leídas
    .tooltip = El modelo lee cada afirmación y verificación una vez; mientras tanto, la búsqueda y «Ya verificado» comparan palabras.
desk-meaning-on = La coincidencia por significado está activada.
desk-tab-articles = Artículos
desk-tab-claims = Todas las afirmaciones
desk-tab-search = Buscar
desk-article-filter = filtrar por título o archivo
sort = orden
sort-newest = Más recientes primero
sort-title = Por título
sort-most-claims = Más afirmaciones
sort-least-done = Menos avanzados
sort-article = Por artículo
sort-status = Por estado
sort-verdict = Por veredicto
desk-unreadable = [!] No se pudo leer { $file }
    .tooltip = Queda fuera de la redacción hasta que se pueda leer.
desk-article-claims = { $claims } ({ $done } terminadas)
desk-open-article = Abrir «{ $title }»
    { $source }
desk-claim-words = palabras
desk-claimant = autor
desk-status = estado
desk-verdict = veredicto
desk-claim-count = { $count ->
    [one] { $count } afirmación
   *[other] { $count } afirmaciones
}
desk-export-csv = Exportar CSV…
    .tooltip = Escribir estas afirmaciones, con el filtro aplicado, en una tabla CSV
desk-no-verdict = sin veredicto
desk-open-claim = Abrir en esta afirmación ({ $file } { $id })
desk-search-hint = palabras de una afirmación, un nombre, una cifra
desk-nothing-found = Aún no se encontró nada.
hit-kind = { $kind ->
    [article] Artículo
    [claim] Afirmación
    [quote] Cita
   *[outside] Verificado por
}
hit-open-url = Abrir { $url } en el navegador
hit-open-at = { $kind ->
    [claim] Abrir { $file } en esta afirmación
   *[quote] Abrir { $file } en esta cita
}
hit-open-file = Abrir { $file }

## Ya verificado

seen-searching = Ya verificado (buscando en la redacción…)
seen-nothing = Ya verificado: nada parecido en la redacción
seen-count = Ya verificado ({ $count })
seen-why-words = { $count ->
    [one] 1 palabra en común
   *[other] { $count } palabras en común
}
seen-why-meaning = significado parecido { $score }
seen-why = Por qué se propone
    .tooltip = Las palabras marcadas están en ambas afirmaciones. «Significado parecido» es lo cerca que el modelo de coincidencias sitúa a las dos, de 0 (sin relación) a 1 (lo mismo), sea cual sea su idioma.
seen-checked-by = Verificado por { $publisher }
seen-no-verdict = sin veredicto aún
seen-headline = Titular: { $text }
seen-normalized = Normalizada: { $text }
seen-open = Abrir
seen-reuse = Usar esta verificación
    .tooltip = Tomar su veredicto (si está en la escala de este artículo) y su afirmación normalizada, y citarla como prueba. Deshacer lo revierte

## Comparar con el archivo de otra persona

compare-with = Comparando con { $name }
compare-stop = Dejar de comparar
    .tooltip = Cerrar el otro archivo (nuestro documento conserva lo aceptado)
compare-agreement = Acuerdo: F1 de tramos { $exact } exacto, { $overlap } con solapamiento · κ por caracteres { $kappa }
    .tooltip = F1 de tramos: tramos con el mismo inicio, fin y etiqueta (exacto) o con la misma etiqueta y solapados, cada uno emparejado una vez. κ: kappa de Cohen sobre los caracteres del artículo, dentro o fuera de un tramo de cada etiqueta, promediada entre etiquetas.
compare-verdicts = Veredictos: { $equal } de { $count } afirmaciones emparejadas iguales ({ $percent } %), κ { $kappa }
compare-verdicts-none = Veredictos: { $count ->
    [one] { $count } afirmación emparejada
   *[other] { $count } afirmaciones emparejadas
}, ninguna juzgada por ambas partes
compare-accept-all = Aceptar todas:
    .tooltip = Tomar en nuestro documento todas las diferencias «{ $kind }» (un solo paso para deshacer)
compare-none-left = No quedan diferencias: nuestro documento dice lo mismo que el suyo.
compare-ours-theirs = nuestra { $ours } · suya { $theirs }
compare-only-ours = solo en nuestro archivo
compare-only-theirs = solo en el suyo
compare-only-theirs-verdict = solo en el suyo · veredicto { $verdict }
compare-accept = Aceptar
    .tooltip = Tomar la suya en nuestro documento
compare-reject = Rechazar
    .tooltip = Conservar la nuestra; la diferencia sale de la lista

## El artículo y las fuentes tipográficas

article-name = Artículo: { $title }
article-empty = Este artículo está vacío.
fonts-script = { $script } ({ $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
} como { $example })
fonts-missing = Instale { $fonts } para ver { $scripts }: ninguna fuente instalada los tiene y se ven como cajas (Debian y Ubuntu: { $packages }). Reinicie claimmark después de instalarlas.

## Preguntas de la aplicación

dialog-save = Guardar
dialog-dont-save = No guardar
dialog-cancel = Cancelar
unsaved-heading = { $before ->
    [quit] ¿Guardar los cambios de «{ $name }» antes de salir?
    [open] ¿Guardar los cambios de «{ $name }» antes de abrir otro archivo?
    [new] ¿Guardar los cambios de «{ $name }» antes de empezar un artículo nuevo?
    [import] ¿Guardar los cambios de «{ $name }» antes de importar?
   *[web] ¿Guardar los cambios de «{ $name }» antes de abrir la página web?
}
unsaved-body = Sus anotaciones tienen cambios sin guardar. Si no las guarda, se perderán.
path-heading = { $purpose ->
    [open] Abrir un archivo
    [desk] La carpeta de la redacción (sus archivos de anotaciones)
    [desk-claims] Escribir las afirmaciones de la redacción en
    [compare] El archivo de anotaciones de la otra persona (.ron)
    [save] Guardar las anotaciones como
    [export] Exportar a
    [update] Nueva versión del artículo
    [import] El archivo de la otra herramienta que se importa
   *[import-article] El artículo al que apuntan estas anotaciones
}
path-button = { $purpose ->
    [open] Abrir
    [desk] Abrir redacción
    [desk-claims] Exportar
    [compare] Comparar
    [save] Guardar
    [export] Exportar
    [update] Actualizar
    [import] Siguiente
   *[import-article] Importar
}
path-no-dialog = No hay diálogo de archivos en este escritorio. Escriba la ruta completa:
path-hint-folder = /home/yo/redaccion
path-hint-file = /home/yo/articulos/noticia.ron
prefs-heading = Preferencias
prefs-name = Su nombre, que queda registrado en cada anotación que crea o modifica:
    .hint = p. ej., Ana Müller
prefs-language = Idioma de la interfaz:
prefs-language-system = El del sistema
prefs-language-set = Idioma de la interfaz: { $language }
prefs-name-cleared = Nombre de revisor borrado
prefs-name-set = Los cambios quedan registrados como hechos por { $name }
prefs-name-not-saved = Se usa el nombre { $name } por ahora, pero no se pudo guardar para la próxima vez: { $why }
overwrite-heading = «{ $name }» cambió en el disco
overwrite-body = Alguien (u otro programa) guardó este archivo después de que usted lo abriera. Sobrescribir reemplaza su versión por la de usted (la suya se conserva como archivo .bak al lado).
overwrite = Sobrescribir
overwrite-not-saved = No se guardó: use Guardar como para conservar ambas versiones
recovery-heading = Se encontró trabajo sin guardar
recovery-body = claimmark se cerró antes de guardar este trabajo. Restáurelo para seguir donde lo dejó.
recovery-never-saved = nunca guardado
recovery-file = Archivo: { $file } · escrito { $age }
recovery-restore = Restaurar
recovery-discard = Descartar
    .tooltip = Borrar para siempre este trabajo sin guardar
recovery-decide-later = Decidir más tarde
recovery-later = El trabajo sin guardar sigue en su archivo de recuperación; se ofrecerá de nuevo la próxima vez
recovery-discarded = Se descartó el trabajo sin guardar de «{ $title }»
age-now = hace menos de un minuto
age-minutes = { $count ->
    [one] hace { $count } minuto
   *[other] hace { $count } minutos
}
age-hours = { $count ->
    [one] hace { $count } hora
   *[other] hace { $count } horas
}
age-days = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}
web-heading = Abrir una página web
web-body = El artículo de la página se abre para anotarlo; la página misma se guarda tal como estaba, en un archivo web (.warc.gz) junto al archivo de anotaciones.
web-hint = https://noticias.example/2026/12/noticia.html
web-open = Abrir
model-heading = El modelo de coincidencias
model-what = «Ya verificado» y la búsqueda en la redacción pueden relacionar afirmaciones por su significado, no solo por las palabras en común. Para ello claimmark ejecuta un modelo de representación de frases en este ordenador; no se envía nada a ningún sitio. Se descarga una vez de su sitio público y se comprueba con el SHA-256 que claimmark conoce.
model-name = Modelo:
model-languages = Lee:
model-reads-multilingual = Unos 100 idiomas, entre ellos inglés, español, francés, alemán, portugués, italiano, árabe, hindi, indonesio y turco: una afirmación se encuentra aunque se verificara en otro idioma
model-reads-english = Solo inglés
model-size = Descarga:
model-megabytes = { $size } MB
model-licence = Licencia:
model-kept-in = Se guarda en:
model-licence-link = Leer la licencia
model-checked = Sin internet: claimmark model install CARPETA en la línea de órdenes.
model-download = Descargar
model-progress = { $file }: { $received } de { $total } MB
model-progress-so-far = { $file }: { $received } MB
model-stopped = la descarga se detuvo
status-model-no-folder = Este sistema no tiene carpeta de datos para el modelo de coincidencias (defina CLAIMMARK_MODEL_DIR)
status-model-installed = El modelo de coincidencias { $name } está instalado: se están leyendo las afirmaciones de la redacción; después «Ya verificado» y la búsqueda compararán por significado
status-model-cancelled = Se canceló la descarga del modelo; no se instaló nada
status-model-failed = No se pudo instalar el modelo de coincidencias: { $why }
fetching-heading = Descargando de la web

## Mensajes de estado

status-cancelled = Cancelado
status-pick-link = Haga clic en la anotación por la que esta es { $kind } ({ $escape } cancela)
status-link-cancelled = Vínculo cancelado
status-undid = { $which ->
    [undo] Deshecho: { $what }
   *[redo] Rehecho: { $what }
}
status-nothing-to = { $which ->
    [undo] Nada que deshacer
   *[redo] Nada que rehacer
}
status-could-not = { $which ->
    [undo] No se pudo deshacer: { $why }
   *[redo] No se pudo rehacer: { $why }
}
status-deleted = Anotación eliminada ({ $undo } la recupera)
status-select-text-first = Seleccione primero un texto (arrastre sobre él o use Mayús+flechas) y elija una etiqueta
status-tagged = { $tag ->
    [claim] Afirmación etiquetada: “{ $text }”
    [quote] Cita etiquetada: “{ $text }”
   *[citation] Fuente etiquetada: “{ $text }”
}
status-retagged = { $tag ->
    [claim] La etiqueta ahora es afirmación
    [quote] La etiqueta ahora es cita
   *[citation] La etiqueta ahora es fuente
}
status-select-claim-first = Seleccione primero una afirmación ({ $next } va a la siguiente por verificar)
status-verdict = Veredicto: { $verdict }
status-select-a-claim = Seleccione primero una afirmación
status-evidence-added = Prueba añadida: escriba su URL o referencia
status-reattached = Anclada de nuevo al texto seleccionado
undo-mark-done = Marcar como terminada
undo-confirm-position = Confirmar posición
undo-clear-verdict = Quitar veredicto
undo-add-evidence = Añadir prueba

## Errores y avisos que se muestran en la ventana

err-read = No se pudo leer «{ $file }»: { $why }
err-save = No se pudo guardar en «{ $file }»: { $why }. Su trabajo sigue abierto; pruebe otra carpeta con Guardar como
err-write = No se pudo escribir «{ $file }»: { $why }
err-too-large = «{ $file }» ocupa { $size } MB, más de los { $limit } MB que abre claimmark
err-is-folder = «{ $file }» es una carpeta, no un archivo
err-decode = No se pudo abrir «{ $file }»: { $why }
err-format = No se pudo abrir «{ $file }»: { $why }
err-not-annotation-file = «{ $file }» es un artículo, no un archivo de anotaciones de claimmark (.ron); ábralo en la aplicación y guarde antes las anotaciones
err-not-utf8-text = No se pudo leer «{ $file }»: no es texto UTF-8
err-not-utf8 = No se pudo abrir «{ $file }»: no es texto UTF-8, así que no es un archivo de anotaciones de claimmark
err-binary = parece un archivo binario, no texto (contiene bytes NUL)
err-reader-failed = claimmark no pudo leer este texto ({ $detail }); no se cambió nada. Por favor, infórmalo junto con el archivo
err-syntax = línea { $line }, columna { $column }{ $near }: { $detail }. El archivo está dañado o se editó a mano; corrija ese punto o abra una copia de seguridad
err-not-claimmark = no es un archivo de anotaciones de claimmark (no tiene la cabecera `format: "claimmark"`)
err-version = el archivo tiene la versión de formato { $found }, pero este claimmark solo lee la versión { $supported }; ábralo con un claimmark más reciente
err-duplicate-id = línea { $line }: dos anotaciones tienen el identificador { $id }; dé a una de ellas un identificador libre
err-serialize = no se pudieron escribir las anotaciones: { $detail }
err-empty-selection = Seleccione primero un texto y elija una etiqueta
err-out-of-range = La selección está fuera del artículo
err-already-tagged = { $tag ->
    [claim] Este texto ya está etiquetado como afirmación
    [quote] Este texto ya está etiquetado como cita
   *[citation] Este texto ya está etiquetado como fuente
}
err-internal = Algo falló dentro de claimmark: { $detail }
err-host-not-found = No se puede llegar a { $address }: el nombre del servidor es desconocido (compruebe la dirección y su conexión de red)
err-connect = No se puede llegar a { $address }: falló la conexión ({ $why })
err-timeout = { $address } no respondió en { $seconds } segundos
err-status = { $address } respondió { $status }{ $status ->
    [401] {" "}(acceso denegado: la página exige iniciar sesión o rechaza a claimmark)
    [403] {" "}(acceso denegado: la página exige iniciar sesión o rechaza a claimmark)
    [404] {" "}(página no encontrada: puede haberse movido o eliminado)
    [410] {" "}(página no encontrada: puede haberse movido o eliminado)
    [429] {" "}(demasiadas solicitudes: vuelva a intentarlo dentro de un rato)
   *[other] {""}
}
err-page-too-large = { $address } ocupa más de { $limit } MB, el máximo que descarga claimmark
err-redirects = { $address } redirigió más de { $count } veces
err-bad-redirect = { $address } redirigió a «{ $location }», que claimmark no sigue (solo http y https)
err-fetch-read = Falló la lectura de { $address }: { $why }
err-compression = la página está comprimida como «{ $name }», que claimmark no sabe leer
err-compressed-damaged = los bytes comprimidos de la página están dañados ({ $detail })
err-decompressed-too-large = la página ocupa más de { $limit } MB una vez descomprimida
err-page = { $address }: { $why }
err-not-a-page = es { $what }, no una página web ni texto
err-binary-page = parece un archivo binario, no una página web
err-reader-failed-page = claimmark no pudo leer esta página ({ $detail }); no se cambió nada. Por favor, infórmalo junto con la dirección
err-address-empty = Escriba o pegue una dirección web (https://…)
err-address-no-host = «{ $address }» no tiene nombre de servidor
err-address-scheme = «{ $address }» es una dirección { $scheme }:; claimmark solo abre páginas http y https
err-address-not-web = «{ $address }» no es una dirección web (debería empezar por https://)
reattach-summary = { $exact } colocadas exactamente, { $moved } movidas (marcadas «movida: revisar»), { $orphaned } huérfanas (en la lista con [!]; seleccione el texto correcto para volver a anclarlas)
flag-end-before-start = su final está antes que su inicio
flag-out-of-range = su posición está más allá del final del artículo
flag-text-mismatch = el artículo dice “{ $found }” en ese lugar, no el texto guardado
flag-orphaned = el texto del artículo cambió y este texto no se pudo volver a encontrar con seguridad; seleccione el texto correcto y vuelva a anclarla
notice-text-changed = el texto del artículo de este archivo se cambió fuera de claimmark (su suma de comprobación no coincide); cada anotación se volvió a comprobar con él
notice-timeline-dropped = los tiempos y hablantes de la transcripción no encajan con el texto ({ $problem }), así que se dejaron fuera; el texto y todas las anotaciones se conservan
notice-flagged = { $count ->
    [one] { $count } anotación ya no coincide con el artículo y está marcada con [!] en la lista
   *[other] { $count } anotaciones ya no coinciden con el artículo y están marcadas con [!] en la lista
}
notice-reattached = { $found ->
    [one] { $found } anotación cuyos desplazamientos no coincidían se encontró de nuevo por su texto
   *[other] { $found } anotaciones cuyos desplazamientos no coincidían se encontraron de nuevo por su texto
}; { $moved } pasaron a texto modificado y se marcaron «movida: revisar»
notice-conflicts = una fusión dejó { $count ->
    [one] { $count } conflicto
   *[other] { $count } conflictos
} en { $annotations ->
    [one] { $annotations } anotación
   *[other] { $annotations } anotaciones
}: se conservan ambas partes; elija una en cada anotación marcada «conflicto»
notice-old-version = este archivo se escribió con la versión de formato { $found }; se abrió bien y se guardará como versión { $version }, que las versiones anteriores de claimmark no pueden leer
notice-assumed-encoding = el archivo no es UTF-8, así que se leyó como { $name } (Europa occidental). Si las letras se ven mal, guarde el artículo como UTF-8 y ábralo de nuevo
notice-replacements = algunos bytes no se pudieron descodificar y se muestran como �
notice-extracted = se extrajo el texto legible de la página (sin scripts, navegación ni marcado)
notice-transcript = leído como transcripción: { $cues ->
    [one] un fragmento
   *[other] { $cues } fragmentos
}, cada uno con su tiempo y su hablante cuando el archivo los da{ $skipped ->
    [0] {""}
    [one] ; un fragmento mal formado no se pudo leer y se dejó fuera
   *[other] ; { $skipped } fragmentos mal formados no se pudieron leer y se dejaron fuera
}
notice-guessed-encoding = la página no indica cómo están codificados sus caracteres, así que se dedujo { $name } a partir de sus bytes. Si las letras se ven mal, avise al sitio o guarde la página como UTF-8

status-new-from-clipboard = Nuevo artículo desde el portapapeles ({ $count } caracteres). Guárdelo para conservarlo.
status-clipboard-empty = El portapapeles no contiene texto. Copie antes el texto de un artículo.
status-opened = Abierto «{ $name }» ({ $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
})
status-opened-with-notes = Abierto «{ $name }»: { $notes }
status-saved-to = Guardado en { $path }
status-archive-not-copied = Guardado en { $path }, pero su archivo web no se pudo copiar a su lado: { $why }
status-export-failed = No se pudo exportar: { $why }
status-exported = Exportado a { $path }
status-exported-with-warnings = Exportado a { $path } con { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
}: { $warnings }
status-update-needs-article = Elija la nueva versión del artículo (un archivo de texto), no un archivo de anotaciones
status-update-failed = No se pudo actualizar el texto: { $why }
status-updated-from = Texto del artículo actualizado desde «{ $name }»
status-update-summary = { $lead }: { $summary } ({ $undo } deshace la actualización)
status-restored = Trabajo sin guardar restaurado en «{ $title }» ({ $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}). Guárdelo para conservarlo
status-restore-failed = No se pudo restaurar: { $why }

## La web

fetching = Descargando { $address }
fetching-again = Descargando de nuevo { $address }
fetching-archive = Archivando { $number } de { $count }: { $address }
fetching-of = { $what } — { $received } de { $total } KB
fetching-so-far = { $what } — { $received } KB
fetching-starting = { $what }…
status-not-from-web = Este artículo no se leyó de una página web: use { $command } para cargar una versión nueva desde un archivo
status-nothing-to-archive = No hay fuentes web que archivar: todas las pruebas y fuentes con dirección web ya están archivadas
status-fetch-busy = Espere a que termine la descarga de la página o cancélela
status-opened-page = Abierto { $address } ({ $count } caracteres). Guarde para conservarlo: la página se archiva junto al archivo de anotaciones
status-page-unchanged = { $address } no ha cambiado desde que se leyó
status-page-same-text = { $address } cambió, pero no el texto del artículo ({ $undo } deshace la actualización)
status-page-changed = La página cambió
status-archived = { $pages ->
    [one] Archivada { $pages } página
   *[other] Archivadas { $pages } páginas
} ({ $sources ->
    [one] { $sources } fuente registrada
   *[other] { $sources } fuentes registradas
})
status-not-archived = . Sin archivar: { $failed }
status-archive-failed = La página no se pudo guardar en el archivo: { $why }. Sigue en memoria; guarde de nuevo para reintentarlo

## La redacción

status-not-a-folder = «{ $path }» no es una carpeta
status-no-cache = No hay carpeta de caché donde guardar el índice de la redacción
status-no-desk-worker = No se pudo iniciar el trabajo de fondo de la redacción
status-desk-not-remembered = La redacción está abierta, pero no se pudo recordar para la próxima vez: { $why }
status-desk-opening = Abriendo la redacción «{ $name }»…
status-desk-unreadable = ; { $count ->
    [one] { $count } archivo no se pudo leer
   *[other] { $count } archivos no se pudieron leer
} (marcados con [!] en el panel de redacción)
status-desk-from-index = todo desde su índice
status-desk-indexed = { $count ->
    [one] { $count } archivo indexado ahora
   *[other] { $count } archivos indexados ahora
}
status-desk-read-again = { $count ->
    [one] { $count } archivo leído de nuevo, el resto desde su índice
   *[other] { $count } archivos leídos de nuevo, el resto desde su índice
}
status-desk-waiting = Otro claimmark está actualizando el índice de la redacción; esperando a que termine…
status-desk-rebuilt = El índice de la redacción faltaba o estaba dañado y se está reconstruyendo a partir de sus archivos ({ $why }).
status-model-missing = Coincidencia por significado desactivada: sin modelo (menú Redacción, Obtener el modelo…)
status-desk-open = La redacción «{ $name }» está abierta: { $count ->
    [one] { $count } artículo
   *[other] { $count } artículos
}, { $how }{ $note }
status-table-failed = No se pudo escribir la tabla: { $why }
status-wrote-claims = { $count ->
    [one] Escrita { $count } afirmación
   *[other] Escritas { $count } afirmaciones
} en { $path }
status-open-desk-first = Abra primero una redacción: Archivo → Abrir redacción… (la carpeta de sus archivos de anotaciones)
reuse-earlier-check = Verificación anterior: { $title }
undo-reuse = Reutilizar verificación anterior
status-reused = Se tomó la verificación anterior en esta afirmación ({ $undo } lo deshace)

status-import-failed = No se pudo importar «{ $name }»: { $why }
status-import-empty = El archivo no contiene documentos
status-imported = Importado de «{ $name }»: { $summary }
status-import-several = . El archivo contiene { $count } documentos; este es el primero. `claimmark import --from { $format } { $file } -o CARPETA` los escribe todos
status-comparing = Comparando con «{ $name }»: { $count ->
    [one] { $count } diferencia
   *[other] { $count } diferencias
}; sus tramos se dibujan con línea discontinua
status-took-differences = { $count ->
    [one] Se tomó { $count } diferencia
   *[other] Se tomaron { $count } diferencias
} de la suya ({ $undo } lo deshace)
status-link-to-itself = Elija otra anotación: una anotación no puede vincularse consigo misma
status-linked = Vinculada: { $kind } { $other }
status-no-claims = Aún no hay afirmaciones: etiquete una con { $key }
status-all-done = { $count ->
    [one] La { $count } afirmación está terminada
   *[other] Las { $count } afirmaciones están terminadas
}
status-claim-step = Afirmación { $id } — faltan { $count }. { $next }: siguiente · { $done }: terminar y seguir
status-sample = Este es el artículo de ejemplo incluido. Abra uno suyo con Archivo → Abrir ({ $keys }).
status-opened-at-start = Abierto «{ $name }»
status-open-failed-sample = { $why }. Se muestra el artículo de ejemplo.
status-not-found = «{ $query }» no está en el artículo
status-match = Coincidencia { $number } de { $count }: pulse { $keys } para etiquetarla

status-zoom = Zoom del artículo { $percent } %
status-view-not-remembered = No se pudo recordar la configuración de la vista: { $why }
pick-desk = Abrir una redacción: la carpeta de sus archivos de anotaciones
pick-import = Importar { $format }
pick-import-article = El artículo al que apuntan estas anotaciones
pick-articles = Artículos (texto o página web guardada)
status-not-saved = No guardado
status-not-exported = No exportado

pick-open = Abrir un artículo o un archivo de anotaciones
pick-articles-and-annotations = Artículos y anotaciones
pick-annotation-files = Anotaciones de claimmark
pick-article-files = Artículos
pick-all-files = Todos los archivos
pick-save = Guardar anotaciones
pick-export = Exportar
title-not-saved = { $title } (aún sin guardar)

## Valores, diferencias y conflictos en pocas palabras

value-empty = (vacío)
value-quoted = “{ $text }”
value-position = { $start }–{ $end } { $text }
value-none = (ninguno)
value-evidence-one = 1 prueba ({ $reference })
value-evidence = { $count ->
    [0] sin pruebas
    [one] { $count } prueba
   *[other] { $count } pruebas
}
value-yes = sí
value-no = no
value-links = { $count ->
    [0] sin vínculos
    [one] { $count } vínculo
   *[other] { $count } vínculos
}
value-not-archived = sin archivar

difference-only-ours = Solo nuestra
difference-only-theirs = Solo suya
difference-span = Tramo distinto
difference-tag = Etiqueta distinta
difference-field = Distinto: { $field }
difference-annotation = { $tag } “{ $text }”
difference-alone = { $kind }: { $annotation }
difference-values = { $kind }: { $annotation } — nuestra { $ours }, suya { $theirs }
conflict-field = { $named ->
    [no] { $field }: nuestra { $ours }, suya { $theirs }
   *[other] { $field }: nuestra { $ours }, suya { $theirs } ({ $by })
}
conflict-deleted-by-them = { $named ->
    [no] eliminada por la otra parte, modificada por la nuestra
   *[other] eliminada por la otra parte ({ $by }), modificada por la nuestra
}
conflict-deleted-by-us = { $named ->
    [no] eliminada por nuestra parte, modificada por la otra
   *[other] eliminada por nuestra parte, modificada por la otra ({ $by })
}

## Informes (HTML y Markdown)

report-heading = Informe de verificación: { $title }
report-source = Fuente
report-page = Página
report-page-retrieved = obtenida el { $date } de { $address }; archivada, SHA-256 { $hash }
report-article-hash = SHA-256 del artículo
report-annotations = Anotaciones
report-annotation-counts = { $claims }, { $quotes }, { $citations }; { $done } de { $count } afirmaciones terminadas
report-verdicts = Veredictos
report-verdict = Veredicto
report-claims = Afirmaciones
report-quotes = Citas
report-citations = Fuentes
report-note = Nota: { $note }
report-scale = { $value } en una escala de { $worst } a { $best }
report-no-verdict = Sin veredicto aún
report-other-verdict = Otro veredicto
report-field = { $field ->
    [normalized] Afirmación normalizada
    [claimant] Autor de la afirmación
    [rationale] Justificación
   *[note] Nota
}
report-accessed = consultado el { $date }
report-changed-by = por { $who } el { $time }
report-status = Estado
report-evidence = Pruebas
report-linked = Vinculada
report-last-changed = Último cambio
report-speaker = hablante: { $speaker }
report-quote-verified = verificada con su fuente
report-quote-not-verified = sin verificar aún
report-target = destino
report-target-text = destino: { $target }
report-citation-checked = comprobada
report-citation-not-checked = sin comprobar aún
report-annotation = { $tag } “{ $text }”

## La verificación publicada (el artículo anotado) y el sitio de una mesa

report-kicker = Verificación
report-retrieved = Descargado el { $date }
report-checked-on = Verificado el { $date }
report-checked-by = Verificado por { $names }
report-chart = Veredictos: { $list }
report-article = El artículo, anotado
report-how-to-read = Cómo leer esta página
report-legend-claim = se resalta con el color de su veredicto y lleva un número; su verificación está junto al párrafo, o debajo en una pantalla estrecha.
report-legend-quote = va subrayada, seguida de quien la dijo.
report-legend-citation = lleva un subrayado de puntos.
report-claim-number = Afirmación { $number }
report-claim-ref = Afirmación { $number }: { $verdict }. Ir a su verificación.
report-quote-by = Cita: { $speaker }
report-back = Volver al texto
report-checks-here = Verificaciones de este párrafo
report-lost-place = Afirmaciones que perdieron su lugar en el texto
report-made-with = Hecho con claimmark.
report-site-summary = { $articles ->
    [one] Un artículo
   *[other] { $articles } artículos
}, { $claims } con veredicto
report-site-checked = Afirmaciones verificadas
report-site-find = Buscar
report-site-all = Todos los veredictos
report-site-in = en «{ $article }»
report-site-articles = Artículos
report-site-no-claims = Ninguna afirmación tiene veredicto todavía.
report-said = dicho { $when } por { $who }
report-said-at = dicho { $when }
report-said-by = dicho por { $who }
err-pdf-password = este PDF está protegido con contraseña: escribe su contraseña para abrirlo
err-pdf-wrong-password = esa contraseña no abre este PDF: revísala e inténtalo de nuevo
err-pdf-no-text = este PDF no tiene texto que marcar: sus páginas ({ $pages }) son imágenes, como en un documento escaneado. Pásalo antes por reconocimiento de texto (OCR) y abre el resultado
err-pdf-no-unicode = las fuentes de este PDF no dicen qué letras dibujan, así que su texto no se puede leer; pásalo por reconocimiento de texto (OCR) o expórtalo de nuevo desde el programa que lo creó
err-pdf-no-pages = este PDF no tiene páginas
err-pdf-unreadable = este archivo no es un PDF que claimmark pueda leer ({ $detail }); puede estar dañado
err-pdf-cancelled = se canceló la apertura del PDF; no se cambió nada
notice-pdf = leído de un PDF de { $pages ->
    [one] una página
   *[other] { $pages } páginas
}; cada afirmación sabe en qué página está{ $without ->
    [0] {""}
   *[other]; páginas sin texto (imágenes o en blanco) dejadas fuera: { $without }
}
notice-pages-dropped = las páginas del PDF no encajan con el texto ({ $problem }), así que se dejaron fuera; el texto y todas las anotaciones se conservan
page-cite = pág. { $page }
pages-cite = págs. { $first }–{ $last }
pdf-password-title = Se necesita una contraseña
pdf-password-prompt = «{ $file }» está protegido con contraseña. Escríbela para abrir el PDF.
pdf-password-label = Contraseña
pdf-password-open = Abrir
reading-pdf = Leyendo «{ $file }»: página { $done } de { $total }
reading-file = Leyendo «{ $file }»…
pdf-kept = el PDF original se guarda junto a las anotaciones como { $file }
pdf-not-kept = { $file } ya existe y es otro PDF, así que el original no se copió junto a las anotaciones

## Afirmaciones sugeridas
cmd-suggestions-panel = Afirmaciones sugeridas
    .tooltip = Mostrar las oraciones que claimmark considera dignas de verificar
cmd-next-suggestion = Siguiente sugerencia
    .tooltip = Ir a la siguiente oración sugerida para verificar
cmd-previous-suggestion = Sugerencia anterior
    .tooltip = Ir a la oración sugerida anterior
cmd-accept-suggestion = Aceptar sugerencia
    .tooltip = Etiquetar la oración sugerida como afirmación y abrir su formulario
cmd-reject-suggestion = Rechazar sugerencia
    .tooltip = No vale la pena verificarla: no volver a sugerir esta oración en este archivo
tab-suggestions = Sugerencias ({ $count })
    .tooltip = Oraciones que vale la pena verificar, y por qué
suggest-reason = { $reason ->
    [percentage] un porcentaje
    [money] una cantidad de dinero
    [number] un número
    [comparison] una comparación o tendencia
    [time] una fecha u hora
    [cause] una causa
   *[named-body] un organismo con nombre
}
suggest-why-wording = redactada como afirmaciones que se verificaron
suggest-alike = { $count ->
    [one] como 1 afirmación que su redacción verificó
   *[other] como { $count } afirmaciones que su redacción verificó
}
suggest-nearest = La más cercana en su redacción: «{ $text }»
suggest-off = Las sugerencias están desactivadas (Editar → Preferencias).
suggest-turn-on = Activar las sugerencias
suggest-scoring = Leyendo el artículo en busca de oraciones que vale la pena verificar…
suggest-get-model = Obtener el modelo de coincidencias…
suggest-no-model = Las sugerencias necesitan el modelo de coincidencias, que no está instalado. Redacción → Obtener el modelo de coincidencias… lo descarga una vez; se queda en este equipo.
suggest-other-model = Las sugerencias necesitan el modelo multilingüe de coincidencias; el instalado es otro. Redacción → Obtener el modelo de coincidencias… lo instala.
suggest-failed = No se pudo leer el artículo para las sugerencias: { $why }
suggest-no-head = falta en esta compilación el evaluador de sugerencias
suggest-summary = { $count ->
    [one] 1 oración de { $sentences } vale la pena verificar
   *[other] { $count } oraciones de { $sentences } vale la pena verificar
}{ $rejected ->
    [0] {""}
    [one] {" "}(1 rechazada en este archivo)
   *[other] {" "}({ $rejected } rechazadas en este archivo)
}
suggest-order = Orden:
suggest-order-best = Mejores primero
suggest-order-text = Como en el texto
suggest-keys = { $next }: siguiente · { $accept }: aceptar como afirmación · { $reject }: rechazar
suggest-row = { $percent } % — { $text }
suggest-accept = Aceptar como afirmación
    .tooltip = Etiquetar esta oración como afirmación y abrir su formulario (un paso, se deshace con Deshacer)
suggest-reject = Rechazar
    .tooltip = No vale la pena verificarla: queda en el archivo y no se vuelve a sugerir esta oración
suggest-mark-name = Afirmación sugerida, { $percent } %: { $text }
status-suggestion-step = Sugerencia { $number } de { $count }. { $accept }: aceptar como afirmación · { $reject }: rechazar · { $next }: siguiente
status-no-suggestions = No hay oraciones que sugerir: todas las que vale la pena verificar están etiquetadas o rechazadas.
status-no-current-suggestion = No hay ninguna sugerencia elegida: pulse { $next } para ir a la siguiente.
status-suggestion-accepted = Afirmación { $id } etiquetada a partir de la sugerencia. { $next }: siguiente sugerencia
status-suggestion-rejected = { $count ->
    [one] Rechazada: no se volverá a sugerir en este archivo ({ $undo } deshace). Queda 1 sugerencia.
   *[other] Rechazada: no se volverá a sugerir en este archivo ({ $undo } deshace). Quedan { $count } sugerencias.
}
prefs-suggestions = Sugerir oraciones que vale la pena verificar
    .tooltip = claimmark lee cada artículo con el modelo de coincidencias y marca las oraciones que parecen dignas de verificar
prefs-suggest-own-threshold = Sugerir tantas como el evaluador tiene ajustado
    .tooltip = Cada idioma tiene su propio umbral, elegido con datos de verificabilidad con los que el evaluador no se entrenó
prefs-suggest-threshold = Sugerir a partir de la puntuación
    .hint = Más bajo sugiere más oraciones; más alto, menos.
suggest-taste-too-few = Las sugerencias aprenden el criterio de su redacción a partir de { $fewest } afirmaciones y { $fewest } sugerencias rechazadas; la redacción tiene { $claims } y { $rejected }.
suggest-taste-no-gain = Las { $claims } afirmaciones y { $rejected } sugerencias rechazadas de su redacción no mejoraron las sugerencias: se usa el evaluador tal como viene.
suggest-taste-adapted = Ajustado al criterio de su redacción: { $claims } afirmaciones y { $rejected } sugerencias rechazadas (F1 en ellas { $before } → { $after }).
