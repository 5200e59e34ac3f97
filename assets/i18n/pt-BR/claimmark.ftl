# A interface do claimmark em português do Brasil. Traduz os identificadores do catálogo
# inglês (assets/i18n/en/claimmark.ftl); um teste confere que nenhum falta nem sobra.
# Os argumentos ficam entre { $chaves }; os números escolhem o plural pelas regras do CLDR.

## Os nomes do modelo

tag-label = { $tag ->
    [claim] Alegação
    [quote] Citação
   *[citation] Fonte
}
tag-name = { $tag ->
    [claim] alegação
    [quote] citação
   *[citation] fonte
}
tag-count = { $tag ->
    [claim] { $count ->
        [one] { $count } alegação
       *[other] { $count } alegações
    }
    [quote] { $count ->
        [one] { $count } citação
       *[other] { $count } citações
    }
   *[citation] { $count ->
        [one] { $count } fonte
       *[other] { $count } fontes
    }
}
status-label = { $status ->
    [to-check] A verificar
    [in-progress] Em andamento
    [second-review] Precisa de segunda revisão
   *[done] Concluída
}
link-label = { $kind ->
    [supported-by] sustentada por
    [contradicted-by] contradita por
   *[attributed-to] atribuída a
}
link-inverse = { $kind ->
    [supported-by] sustenta
    [contradicted-by] contradiz
   *[attributed-to] é a fonte de
}
field-name = { $field ->
    [tag] marcação
    [position] posição
    [note] nota
    [status] situação
    [verdict] veredito
    [normalized] alegação resumida
    [claimant] autor da alegação
    [rationale] justificativa
    [evidence] provas
    [speaker] quem falou
    [quote-verified] citação verificada
    [target] destino da fonte
    [citation-checked] fonte conferida
    [target-archived] destino arquivado
    [links] vínculos
   *[check] marca “movida — conferir”
}
edit-typing = Editar { $field }
edit-set = Definir { $field }
format-label = { $format ->
    [text] Texto da matéria (.txt)
    [markdown] Relatório Markdown (.md)
    [html] Relatório para publicar (.html)
    [csv] Tabela CSV (.csv)
    [w3c] Anotação Web W3C (.jsonld)
    [claimreview] ClaimReview do schema.org (.jsonld)
    [brat] brat standoff (.ann + .txt)
    [doccano] doccano (.jsonl)
    [label-studio] Label Studio (.json)
   *[hypothesis] Hypothesis (.json)
}
verdict-label = { $verdict ->
    [true] Verdadeiro
    [mostly-true] Verdadeiro, mas
    [half-true] Meia verdade
    [mostly-false] Quase falso
    [false] Falso
    [misleading] Enganoso
   *[unverifiable] Insustentável
}

## Comandos: o rótulo nos menus e botões, e o que fazem (a dica)

cmd-new-from-clipboard = Nova matéria da área de transferência
    .tooltip = Começar uma nova matéria com o texto da área de transferência
cmd-open = Abrir…
    .tooltip = Abrir uma matéria ou um arquivo de anotações
cmd-open-web-page = Abrir página da web…
    .tooltip = Abrir uma matéria pelo endereço web; a página é guardada como estava, num arquivo ao lado das anotações
cmd-check-page = Verificar mudanças na página
    .tooltip = Baixar de novo a página da matéria: sem mudanças, ou o novo texto com cada anotação levada para ele (um só passo que pode ser desfeito)
cmd-archive-sources = Arquivar todas as fontes da web
    .tooltip = Guardar no arquivo cada página de prova e cada destino de fonte com endereço web, com a data e o SHA-256
cmd-save = Salvar
    .tooltip = Salvar as anotações
cmd-save-as = Salvar como…
    .tooltip = Salvar as anotações num arquivo novo
cmd-quit = Sair
    .tooltip = Fechar o claimmark
cmd-undo = Desfazer
    .tooltip = Desfazer a última alteração
cmd-redo = Refazer
    .tooltip = Refazer a última alteração desfeita
cmd-delete = Excluir anotação
    .tooltip = Excluir esta anotação. Desfazer a traz de volta
cmd-tag = { $tag ->
    [claim] Marcar como alegação
    [quote] Marcar como citação
   *[citation] Marcar como fonte
}
    .tooltip = { $tag ->
        [claim] Marcar o texto selecionado como alegação (ou, sem texto selecionado, transformar a anotação selecionada em alegação)
        [quote] Marcar o texto selecionado como citação (ou, sem texto selecionado, transformar a anotação selecionada em citação)
       *[citation] Marcar o texto selecionado como fonte (ou, sem texto selecionado, transformar a anotação selecionada em fonte)
    }
cmd-retag = { $tag ->
    [claim] Alegação
    [quote] Citação
   *[citation] Fonte
}
    .tooltip = { $tag ->
        [claim] Transformar esta anotação em alegação
        [quote] Transformar esta anotação em citação
       *[citation] Transformar esta anotação em fonte
    }
cmd-find = Localizar na matéria…
    .tooltip = Localizar uma frase na matéria
cmd-find-next = Localizar próxima
    .tooltip = Próxima ocorrência
cmd-find-previous = Localizar anterior
    .tooltip = Ocorrência anterior
cmd-escape = Limpar seleção
    .tooltip = Limpar a seleção, fechar a barra de busca ou parar de escolher um vínculo
cmd-next-claim = Próxima alegação a verificar
    .tooltip = Selecionar a próxima alegação não concluída
cmd-previous-claim = Alegação anterior a verificar
    .tooltip = Selecionar a alegação anterior não concluída
cmd-done-and-next = Concluir e ir para a próxima
    .tooltip = Marcar esta alegação como concluída e ir para a próxima
cmd-verdict = Veredito { $number }
    .tooltip = Dar à alegação selecionada o veredito { $number }
cmd-clear-verdict = Limpar veredito
    .tooltip = Retirar o veredito da alegação selecionada
cmd-add-evidence = Adicionar prova
    .tooltip = Adicionar uma prova à alegação selecionada
cmd-show-selected = Mostrar na matéria
    .tooltip = Rolar a matéria até esta anotação
cmd-start-link = { $kind ->
    [supported-by] Sustentada por…
    [contradicted-by] Contradita por…
   *[attributed-to] Atribuída a…
}
    .tooltip = { $kind ->
        [supported-by] Vincular esta anotação: clique em seguida na que a sustenta
        [contradicted-by] Vincular esta anotação: clique em seguida na que a contradiz
       *[attributed-to] Vincular esta anotação: clique em seguida naquela a quem é atribuída
    }
cmd-confirm-position = A posição está certa
    .tooltip = Tirar a marca “movida — conferir”
cmd-reattach = Reancorar no texto selecionado
    .tooltip = Selecione primeiro as palavras certas na matéria e depois coloque esta anotação sobre elas
cmd-review-panel = Tabela de revisão
    .tooltip = A tabela de revisão: situação, veredito, provas
cmd-export = { $label }
    .tooltip = Gravar: { $label }
cmd-import = { $label }
    .tooltip = Abrir um arquivo de outra ferramenta ({ $label }) como documento novo
cmd-preferences = Preferências…
    .tooltip = Seu nome e o idioma da interface
cmd-update-article-text = Atualizar o texto da matéria…
    .tooltip = Carregar uma nova versão da matéria e levar para ela cada anotação
cmd-open-desk = Abrir redação…
    .tooltip = Abrir uma pasta de arquivos de anotações como redação: todas as matérias e alegações nela, buscadas de uma vez
cmd-desk-panel = Painel da redação
    .tooltip = Mostrar ou ocultar a redação: suas matérias, alegações e busca
cmd-search-desk = Buscar na redação…
    .tooltip = Buscar em todas as matérias e alegações da redação
cmd-get-model = Obter o modelo de correspondência…
    .tooltip = Baixar o modelo que encontra checagens anteriores pelo sentido: com outras palavras e, com um modelo multilíngue, em outros idiomas
cmd-compare-with = Comparar com…
    .tooltip = Abrir as anotações de outra pessoa sobre esta matéria: ver as diferenças e quanto vocês concordam, e adotar as dela onde estiver certa
cmd-zoom-in = Aumentar
    .tooltip = Aumentar o texto da matéria (fica lembrado)
cmd-zoom-out = Diminuir
    .tooltip = Diminuir o texto da matéria (fica lembrado)
cmd-zoom-reset = Tamanho real
    .tooltip = Mostrar o texto da matéria a 100%
cmd-theme = { $theme ->
    [system] Tema do sistema
    [light] Tema claro
   *[dark] Tema escuro
}
    .tooltip = Claro, escuro ou como o sistema (fica lembrado)
cmd-open-recent = Arquivo recente { $number }
    .tooltip = Abrir este arquivo de novo
cmd-clear-recent = Limpar arquivos recentes
    .tooltip = Esquecer a lista de arquivos recentes

## A barra de menus e a barra de ferramentas

menu-file = Arquivo
menu-open-recent = Abrir recente
menu-no-recent-files = Nenhum arquivo recente
menu-export = Exportar
menu-import = Importar de outra ferramenta
menu-edit = Editar
menu-view = Exibir
menu-desk = Redação
menu-review = Revisão
menu-verdict = Veredito
# “Desfazer” e o que desfaz (“Desfazer: marcar alegação”).
menu-undo-what = { $command }: { $what }
toolbar-tag = { $tag }  ({ $key })
toolbar-undo = Desfazer
toolbar-redo = Refazer
toolbar-find = Localizar
toolbar-hint = Selecione texto com o mouse ou Shift+setas e pressione { $keys }
keys-or = { $first } ou { $last }

## A barra de busca

find-label = Localizar:
find-hint = frase da matéria
find-previous = Anterior
find-next = Próxima
find-no-matches = nenhuma ocorrência
find-position = { $number } de { $count }
find-count = { $count ->
    [one] { $count } ocorrência
   *[other] { $count } ocorrências
}
find-hint-keys = Enter: próxima · { $escape }: fechar; depois { $keys } marca a ocorrência
find-close = Fechar

## O painel lateral e a barra de status

tab-annotations = Anotações
    .tooltip = Todas as anotações, na ordem do documento
tab-review = Revisar alegações
    .tooltip = A tabela de revisão: situação, veredito, provas
tab-compare = Comparar
    .tooltip = As diferenças em relação ao arquivo da outra pessoa
link-missing = (anotação { $id } ausente)
status-unsaved = • Alterações não salvas
status-saved = Salvo
status-chars = { $count ->
    [one] { $count } caractere
   *[other] { $count } caracteres
} · { $encoding }
status-selected = Seleção { $start }–{ $end } ({ $count ->
    [one] { $count } caractere
   *[other] { $count } caracteres
})
status-note = Aviso: { $text }
status-error = Erro: { $text }
# O nome que um leitor de tela dá a um destaque: “Alegação #3: ‘palavras’”, depois o veredito e a nota.
mark-name = { $tag } { $id }: “{ $text }”
mark-verdict = , veredito { $verdict }
mark-note = . Nota: { $note }
hover-line = { $tag } { $id }: { $note }
hover-click = Clique para selecionar (clique de novo para a próxima por baixo)
legend = Legenda:
legend-tag = { $tag } ({ $key })
legend-nested = Destaques aninhados são desenhados como caixas dentro de caixas.

## O formulário da anotação

form-selected = { $tag ->
    [claim] Alegação selecionada { $id }
    [quote] Citação selecionada { $id }
   *[citation] Fonte selecionada { $id }
}
form-flagged = Esta anotação não corresponde à matéria: { $why }.
form-tag = Marcação:
form-conflict = Conflito de mesclagem — { $what }
form-keep-ours = Manter a nossa: { $value }
form-take-theirs = Adotar a deles: { $value }
form-keep-it = Mantê-la
form-delete-as-they-did = Excluí-la, como eles fizeram
form-delete-as-we-did = Excluí-la, como nós fizemos
form-status = Situação:
form-verdict = Veredito:
form-verdict-off-scale = “{ $verdict }” (fora desta escala)
form-normalized = Alegação resumida (reformulação curta):
    .hint = ex.: Os títulos verdes da prefeitura são o maior investimento climático municipal da Europa
form-normalized-too-long = { $count } caracteres: as diretrizes do ClaimReview do Google pedem no máximo { $limit }
form-claimant = Autor da alegação (quem a fez):
    .hint = pessoa ou organização
form-rationale = Justificativa:
    .hint = por que este veredito
form-speaker = Quem falou:
    .hint = quem disse
form-quote-verified = Conferida com a fonte
form-target = Destino (URL ou referência):
    .hint = https://… ou “Relatório anual 2024, p. 3”
form-checked = Conferida
form-note = Nota:
    .hint = qualquer outra coisa que valha saber
form-changed = Alterada { $when }
form-changed-by = Alterada { $when } por { $who }
form-delete = Excluir
form-evidence = Provas ({ $count }):
evidence-reference = URL ou referência
    .hint = https://… ou um documento e página
evidence-title = Título
    .hint = o que é
evidence-note = Nota
    .hint = o que mostra
evidence-accessed = Acessado em
    .hint = AAAA-MM-DD
evidence-remove = Remover esta prova
archived-on = arquivada em { $date } (SHA-256 { $hash }…)
archived-details = Guardada no arquivo ao lado do arquivo de anotações: { $address }
    obtida { $retrieved }
    SHA-256 { $hash }
archive = Arquivar
    .tooltip = Baixar esta página agora e guardá-la, como está, no arquivo ao lado do arquivo de anotações
archive-again = Arquivar de novo
form-links = Vínculos:
form-picking-link = Clique na anotação pela qual esta é { $kind } (na matéria ou na lista). { $escape } cancela.
form-add-link = Adicionar vínculo…
form-no-links = Ainda sem vínculos.
form-go-to-link = Ir até ela
form-remove-link = remover

## A lista de anotações

list-show = Mostrar:
list-show-tag = { $tag ->
    [claim] { $count ->
        [one] Alegação
       *[other] Alegações
    }
    [quote] { $count ->
        [one] Citação
       *[other] Citações
    }
   *[citation] { $count ->
        [one] Fonte
       *[other] Fontes
    }
} ({ $count })
    .tooltip = { $tag ->
        [claim] Mostrar ou ocultar as alegações na lista
        [quote] Mostrar ou ocultar as citações na lista
       *[citation] Mostrar ou ocultar as fontes na lista
    }
list-flagged = { $count ->
    [one] { $count } sinalizada: não corresponde à matéria
   *[other] { $count } sinalizadas: não correspondem à matéria
}
list-empty = Ainda não há anotações. Selecione texto na matéria e pressione { $keys }.
list-none-match = Nenhuma anotação corresponde ao filtro.
list-mark-conflict = [conflito]{" "}
list-mark-moved = [movida — conferir]{" "}
list-does-not-match = Não corresponde: { $why }
list-no-note = (sem nota)
# O que um leitor de tela diz de uma linha da lista.
list-row-name = { $tag } { $id }{ $mark ->
    [flagged] {" "}(não corresponde à matéria)
    [conflict] {" "}(conflito de mesclagem)
    [moved] {" "}(movida, conferir)
   *[none] {""}
}: { $text }
list-row-hover = { $tag } { $id }: “{ $text }”
list-row-note = Nota: { $note }

## A tabela de revisão

review-progress = { $count ->
    [one] { $done } de { $count } alegação concluída
   *[other] { $done } de { $count } alegações concluídas
}
review-keys = { $next } / { $previous }: próxima / anterior não concluída · { $done }: concluir, próxima · { $first }…{ $last }: veredito
review-show-tag = { $tag ->
    [claim] Alegações
    [quote] Citações
   *[citation] Fontes
}
filter-any-status = Qualquer situação
filter-any-verdict = Qualquer veredito
filter-no-verdict = Ainda sem veredito
review-search-hint = buscar texto, notas, autor…
review-nothing-matches = Nada corresponde a estes filtros.
column-claim = Alegação
column-status = Situação
column-verdict = Veredito
column-claimant = Autor
column-evidence = Pr.
column-sort = Ordenar por esta coluna (clique de novo para inverter)

## O painel da redação

desk-heading = Redação: { $name }
desk-refresh = Ler de novo a pasta da redação (também feito quando a janela recebe o foco)
desk-counts = { $articles ->
    [one] { $articles } matéria
   *[other] { $articles } matérias
} · { $claims ->
    [one] { $claims } alegação
   *[other] { $claims } alegações
} · { $outside ->
    [one] { $outside } checagem de outro site
   *[other] { $outside } checagens de outros sites
}
desk-indexing = Indexando { $done } de { $count } arquivos
desk-vectors = Correspondência por sentido: { $done } de { $count } alegações lidas
    .tooltip = O modelo lê cada alegação e checagem uma vez; enquanto isso, a busca e “Já checado” comparam palavras.
desk-meaning-on = A correspondência por sentido está ligada.
desk-tab-articles = Matérias
desk-tab-claims = Todas as alegações
desk-tab-search = Busca
desk-article-filter = filtrar por título ou arquivo
sort = ordem
sort-newest = Mais recentes primeiro
sort-title = Por título
sort-most-claims = Mais alegações
sort-least-done = Menos concluídas
sort-article = Por matéria
sort-status = Por situação
sort-verdict = Por veredito
desk-unreadable = [!] Não foi possível ler { $file }
    .tooltip = Fica fora da redação até poder ser lido.
desk-article-claims = { $claims } ({ $done } concluídas)
desk-open-article = Abrir “{ $title }”
    { $source }
desk-claim-words = palavras
desk-claimant = autor
desk-status = situação
desk-verdict = veredito
desk-claim-count = { $count ->
    [one] { $count } alegação
   *[other] { $count } alegações
}
desk-export-csv = Exportar CSV…
    .tooltip = Gravar estas alegações, como filtradas, numa tabela CSV
desk-no-verdict = sem veredito
desk-open-claim = Abrir nesta alegação ({ $file } { $id })
desk-search-hint = palavras de uma alegação, um nome, um número
desk-nothing-found = Nada encontrado ainda.
hit-kind = { $kind ->
    [article] Matéria
    [claim] Alegação
    [quote] Citação
   *[outside] Checado por
}
hit-open-url = Abrir { $url } no navegador
hit-open-at = { $kind ->
    [claim] Abrir { $file } nesta alegação
   *[quote] Abrir { $file } nesta citação
}
hit-open-file = Abrir { $file }

## Já checado

seen-searching = Já checado (buscando na redação…)
seen-nothing = Já checado: nada parecido na redação
seen-count = Já checado ({ $count })
seen-why-words = { $count ->
    [one] 1 palavra em comum
   *[other] { $count } palavras em comum
}
seen-why-meaning = sentido parecido { $score }
seen-why = Por que foi proposto
    .tooltip = As palavras marcadas estão nas duas alegações. “Sentido parecido” é o quanto o modelo de correspondência aproxima as duas, de 0 (sem relação) a 1 (o mesmo), qualquer que seja o idioma.
seen-checked-by = Checado por { $publisher }
seen-no-verdict = ainda sem veredito
seen-headline = Título: { $text }
seen-normalized = Resumida: { $text }
seen-open = Abrir
seen-reuse = Usar esta checagem
    .tooltip = Adotar o veredito (se estiver na escala desta matéria) e a alegação resumida, e citá-la como prova. Desfazer volta atrás

## Comparar com o arquivo de outra pessoa

compare-with = Comparando com { $name }
compare-stop = Parar de comparar
    .tooltip = Fechar o outro arquivo (nosso documento mantém o que foi aceito)
compare-agreement = Concordância: F1 de trechos { $exact } exato, { $overlap } sobrepostos · κ por caractere { $kappa }
    .tooltip = F1 de trechos: trechos com o mesmo início, fim e marcação (exato) ou com a mesma marcação e sobrepostos, cada um pareado uma vez. κ: kappa de Cohen sobre os caracteres da matéria, dentro ou fora de um trecho de cada marcação, na média das marcações.
compare-verdicts = Vereditos: { $equal } de { $count } alegações pareadas iguais ({ $percent }%), κ { $kappa }
compare-verdicts-none = Vereditos: { $count ->
    [one] { $count } alegação pareada
   *[other] { $count } alegações pareadas
}, nenhuma julgada pelos dois lados
compare-accept-all = Aceitar todas:
    .tooltip = Levar para o nosso documento todas as diferenças “{ $kind }” (um só passo para desfazer)
compare-none-left = Não restam diferenças: nosso documento diz o mesmo que o deles.
compare-ours-theirs = nossa { $ours } · deles { $theirs }
compare-only-ours = só no nosso arquivo
compare-only-theirs = só no deles
compare-only-theirs-verdict = só no deles · veredito { $verdict }
compare-accept = Aceitar
    .tooltip = Levar a deles para o nosso documento
compare-reject = Rejeitar
    .tooltip = Manter a nossa; a diferença sai da lista

## A matéria e as fontes tipográficas

article-name = Matéria: { $title }
article-empty = Esta matéria está vazia.
fonts-script = { $script } ({ $count ->
    [one] { $count } caractere
   *[other] { $count } caracteres
} como { $example })
fonts-missing = Instale { $fonts } para exibir { $scripts }: nenhuma fonte instalada os tem, por isso aparecem como caixas (Debian e Ubuntu: { $packages }). Reinicie o claimmark depois de instalar.

## Perguntas do aplicativo

dialog-save = Salvar
dialog-dont-save = Não salvar
dialog-cancel = Cancelar
unsaved-heading = { $before ->
    [quit] Salvar as alterações em “{ $name }” antes de sair?
    [open] Salvar as alterações em “{ $name }” antes de abrir outro arquivo?
    [new] Salvar as alterações em “{ $name }” antes de começar uma nova matéria?
    [import] Salvar as alterações em “{ $name }” antes de importar?
   *[web] Salvar as alterações em “{ $name }” antes de abrir a página da web?
}
unsaved-body = Suas anotações têm alterações não salvas. Se não salvar, elas serão perdidas.
path-heading = { $purpose ->
    [open] Abrir um arquivo
    [desk] A pasta da redação (seus arquivos de anotações)
    [desk-claims] Gravar as alegações da redação em
    [compare] O arquivo de anotações da outra pessoa (.ron)
    [save] Salvar as anotações como
    [export] Exportar para
    [update] Nova versão da matéria
    [import] O arquivo da outra ferramenta a importar
   *[import-article] A matéria a que estas anotações se referem
}
path-button = { $purpose ->
    [open] Abrir
    [desk] Abrir redação
    [desk-claims] Exportar
    [compare] Comparar
    [save] Salvar
    [export] Exportar
    [update] Atualizar
    [import] Avançar
   *[import-article] Importar
}
path-no-dialog = Não há janela de arquivos neste sistema. Digite o caminho completo:
path-hint-folder = /home/eu/redacao
path-hint-file = /home/eu/materias/materia.ron
prefs-heading = Preferências
prefs-name = Seu nome, registrado em cada anotação que você cria ou altera:
    .hint = ex.: Ana Müller
prefs-language = Idioma da interface:
prefs-language-system = O do sistema
prefs-language-set = Idioma da interface: { $language }
prefs-name-cleared = Nome do revisor apagado
prefs-name-set = As alterações agora ficam registradas como feitas por { $name }
prefs-name-not-saved = O nome { $name } será usado por enquanto, mas não pôde ser guardado para a próxima vez: { $why }
overwrite-heading = “{ $name }” mudou no disco
overwrite-body = Alguém (ou outro programa) salvou este arquivo depois que você o abriu. Sobrescrever troca a versão dessa pessoa pela sua (a dela fica guardada no arquivo .bak ao lado).
overwrite = Sobrescrever
overwrite-not-saved = Não salvo: use Salvar como para manter as duas versões
recovery-heading = Foi encontrado trabalho não salvo
recovery-body = O claimmark fechou antes de este trabalho ser salvo. Restaure-o para continuar de onde parou.
recovery-never-saved = nunca salvo
recovery-file = Arquivo: { $file } · gravado { $age }
recovery-restore = Restaurar
recovery-discard = Descartar
    .tooltip = Apagar de vez este trabalho não salvo
recovery-decide-later = Decidir depois
recovery-later = O trabalho não salvo continua no arquivo de recuperação; será oferecido de novo da próxima vez
recovery-discarded = Trabalho não salvo em “{ $title }” descartado
age-now = há menos de um minuto
age-minutes = { $count ->
    [one] há { $count } minuto
   *[other] há { $count } minutos
}
age-hours = { $count ->
    [one] há { $count } hora
   *[other] há { $count } horas
}
age-days = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}
web-heading = Abrir uma página da web
web-body = A matéria da página abre para ser anotada; a página em si é guardada como estava, num arquivo web (.warc.gz) ao lado do arquivo de anotações.
web-hint = https://noticias.example/2026/12/materia.html
web-open = Abrir
model-heading = O modelo de correspondência
model-what = “Já checado” e a busca na redação podem relacionar alegações pelo sentido, não só pelas palavras em comum. Para isso o claimmark roda um modelo de representação de frases neste computador; nada é enviado para lugar nenhum. Ele é baixado uma vez do seu endereço público e conferido com o SHA-256 que o claimmark conhece.
model-name = Modelo:
model-languages = Lê:
model-reads-multilingual = Cerca de 100 idiomas, entre eles inglês, espanhol, francês, alemão, português, italiano, árabe, hindi, indonésio e turco: uma alegação é encontrada mesmo se foi checada em outro idioma
model-reads-english = Somente inglês
model-size = Download:
model-megabytes = { $size } MB
model-licence = Licença:
model-kept-in = Guardado em:
model-licence-link = Ler a licença
model-checked = Sem internet: claimmark model install PASTA na linha de comando.
model-download = Baixar
model-progress = { $file }: { $received } de { $total } MB
model-progress-so-far = { $file }: { $received } MB
model-stopped = o download parou
status-model-no-folder = Este sistema não tem pasta de dados para o modelo de correspondência (defina CLAIMMARK_MODEL_DIR)
status-model-installed = O modelo de correspondência { $name } está instalado: as alegações da redação estão sendo lidas; depois “Já checado” e a busca compararão pelo sentido
status-model-cancelled = O download do modelo foi cancelado; nada foi instalado
status-model-failed = Não foi possível instalar o modelo de correspondência: { $why }
fetching-heading = Baixando da web

## Mensagens de status

status-cancelled = Cancelado
status-pick-link = Clique na anotação pela qual esta é { $kind } ({ $escape } cancela)
status-link-cancelled = Vínculo cancelado
status-undid = { $which ->
    [undo] Desfeito: { $what }
   *[redo] Refeito: { $what }
}
status-nothing-to = { $which ->
    [undo] Nada a desfazer
   *[redo] Nada a refazer
}
status-could-not = { $which ->
    [undo] Não foi possível desfazer: { $why }
   *[redo] Não foi possível refazer: { $why }
}
status-deleted = Anotação excluída ({ $undo } a traz de volta)
status-select-text-first = Selecione um texto primeiro (arraste sobre ele ou use Shift+setas) e escolha uma marcação
status-tagged = { $tag ->
    [claim] Alegação marcada: “{ $text }”
    [quote] Citação marcada: “{ $text }”
   *[citation] Fonte marcada: “{ $text }”
}
status-retagged = { $tag ->
    [claim] A marcação agora é alegação
    [quote] A marcação agora é citação
   *[citation] A marcação agora é fonte
}
status-select-claim-first = Selecione uma alegação primeiro ({ $next } vai para a próxima a verificar)
status-verdict = Veredito: { $verdict }
status-select-a-claim = Selecione uma alegação primeiro
status-evidence-added = Prova adicionada: digite a URL ou a referência
status-reattached = Reancorada no texto selecionado
undo-mark-done = Marcar como concluída
undo-confirm-position = Confirmar posição
undo-clear-verdict = Limpar veredito
undo-add-evidence = Adicionar prova

## Erros e avisos mostrados na janela

err-read = Não foi possível ler “{ $file }”: { $why }
err-save = Não foi possível salvar em “{ $file }”: { $why }. Seu trabalho continua aberto; tente outra pasta com Salvar como
err-write = Não foi possível gravar “{ $file }”: { $why }
err-too-large = “{ $file }” tem { $size } MB, mais que os { $limit } MB que o claimmark abre
err-is-folder = “{ $file }” é uma pasta, não um arquivo
err-decode = Não foi possível abrir “{ $file }”: { $why }
err-format = Não foi possível abrir “{ $file }”: { $why }
err-not-annotation-file = “{ $file }” é uma matéria, não um arquivo de anotações do claimmark (.ron); abra-a no aplicativo e salve as anotações primeiro
err-not-utf8-text = Não foi possível ler “{ $file }”: não é texto UTF-8
err-not-utf8 = Não foi possível abrir “{ $file }”: não é texto UTF-8, então não é um arquivo de anotações do claimmark
err-binary = parece um arquivo binário, não texto (contém bytes NUL)
err-reader-failed = o claimmark não conseguiu ler este texto ({ $detail }); nada foi alterado. Informe o problema junto com o arquivo
err-syntax = linha { $line }, coluna { $column }{ $near }: { $detail }. O arquivo está danificado ou foi editado à mão; corrija esse ponto ou abra uma cópia de segurança
err-not-claimmark = não é um arquivo de anotações do claimmark (não tem o cabeçalho `format: "claimmark"`)
err-version = o arquivo está no formato versão { $found }, mas este claimmark só lê a versão { $supported }; abra-o com um claimmark mais novo
err-duplicate-id = linha { $line }: duas anotações têm o identificador { $id }; dê a uma delas um identificador livre
err-serialize = não foi possível gravar as anotações: { $detail }
err-empty-selection = Selecione um texto primeiro e escolha uma marcação
err-out-of-range = A seleção está fora da matéria
err-already-tagged = { $tag ->
    [claim] Este texto já está marcado como alegação
    [quote] Este texto já está marcado como citação
   *[citation] Este texto já está marcado como fonte
}
err-internal = Algo deu errado dentro do claimmark: { $detail }
err-host-not-found = Não é possível acessar { $address }: o nome do servidor é desconhecido (confira o endereço e sua conexão de rede)
err-connect = Não é possível acessar { $address }: a conexão falhou ({ $why })
err-timeout = { $address } não respondeu em { $seconds } segundos
err-status = { $address } respondeu { $status }{ $status ->
    [401] {" "}(acesso negado: a página exige login ou recusa o claimmark)
    [403] {" "}(acesso negado: a página exige login ou recusa o claimmark)
    [404] {" "}(página não encontrada: pode ter sido movida ou removida)
    [410] {" "}(página não encontrada: pode ter sido movida ou removida)
    [429] {" "}(pedidos demais: tente de novo daqui a pouco)
   *[other] {""}
}
err-page-too-large = { $address } tem mais de { $limit } MB, o máximo que o claimmark baixa
err-redirects = { $address } redirecionou mais de { $count } vezes
err-bad-redirect = { $address } redirecionou para “{ $location }”, que o claimmark não segue (só http e https)
err-fetch-read = A leitura de { $address } falhou: { $why }
err-compression = a página está compactada como “{ $name }”, que o claimmark não sabe ler
err-compressed-damaged = os bytes compactados da página estão danificados ({ $detail })
err-decompressed-too-large = a página tem mais de { $limit } MB depois de descompactada
err-page = { $address }: { $why }
err-not-a-page = é { $what }, não uma página da web nem texto
err-binary-page = parece um arquivo binário, não uma página da web
err-reader-failed-page = o claimmark não conseguiu ler esta página ({ $detail }); nada foi alterado. Informe o problema junto com o endereço
err-address-empty = Digite ou cole um endereço web (https://…)
err-address-no-host = “{ $address }” não tem nome de servidor
err-address-scheme = “{ $address }” é um endereço { $scheme }:; o claimmark só abre páginas http e https
err-address-not-web = “{ $address }” não é um endereço web (deveria começar com https://)
reattach-summary = { $exact } colocadas exatamente, { $moved } movidas (marcadas “movida — conferir”), { $orphaned } órfãs (listadas com [!]; selecione o texto certo para reancorar)
flag-end-before-start = o fim vem antes do início
flag-out-of-range = a posição passa do fim da matéria
flag-text-mismatch = a matéria diz “{ $found }” ali, não o texto guardado
flag-orphaned = o texto da matéria mudou e este texto não pôde ser reencontrado com segurança; selecione o texto certo e reancore
notice-text-changed = o texto da matéria neste arquivo foi alterado fora do claimmark (a soma de verificação difere); cada anotação foi conferida de novo
notice-timeline-dropped = os tempos e falantes da transcrição não combinam com o texto ({ $problem }), então foram deixados de fora; o texto e todas as anotações foram mantidos
notice-flagged = { $count ->
    [one] { $count } anotação não corresponde mais à matéria e está sinalizada com [!] na lista
   *[other] { $count } anotações não correspondem mais à matéria e estão sinalizadas com [!] na lista
}
notice-reattached = { $found ->
    [one] { $found } anotação cujas posições não batiam foi reencontrada pelo texto
   *[other] { $found } anotações cujas posições não batiam foram reencontradas pelo texto
}; { $moved } foram levadas para texto alterado e marcadas “movida — conferir”
notice-conflicts = uma mesclagem deixou { $count ->
    [one] { $count } conflito
   *[other] { $count } conflitos
} em { $annotations ->
    [one] { $annotations } anotação
   *[other] { $annotations } anotações
}: os dois lados foram mantidos; escolha um em cada anotação marcada “conflito”
notice-old-version = este arquivo foi gravado no formato versão { $found }; abriu bem e será salvo como versão { $version }, que versões antigas do claimmark não leem
notice-assumed-encoding = o arquivo não é UTF-8, então foi lido como { $name } (Europa Ocidental). Se as letras parecerem erradas, salve a matéria como UTF-8 e abra de novo
notice-replacements = alguns bytes não puderam ser decodificados e aparecem como �
notice-extracted = o texto legível da página foi extraído (scripts, navegação e marcação deixados de fora)
notice-transcript = lido como transcrição: { $cues ->
    [one] um trecho
   *[other] { $cues } trechos
}, cada um com seu tempo e falante quando o arquivo os informa{ $skipped ->
    [0] {""}
    [one] ; um trecho malformado não pôde ser lido e foi deixado de fora
   *[other] ; { $skipped } trechos malformados não puderam ser lidos e foram deixados de fora
}
notice-guessed-encoding = a página não diz como seus caracteres estão codificados, então { $name } foi deduzido dos bytes. Se as letras parecerem erradas, avise o site ou salve a página como UTF-8

status-new-from-clipboard = Nova matéria da área de transferência ({ $count } caracteres). Salve para mantê-la.
status-clipboard-empty = A área de transferência não tem texto. Copie antes o texto de uma matéria.
status-opened = “{ $name }” aberto ({ $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
})
status-opened-with-notes = “{ $name }” aberto: { $notes }
status-saved-to = Salvo em { $path }
status-archive-not-copied = Salvo em { $path }, mas o arquivo web não pôde ser copiado ao lado: { $why }
status-export-failed = Não foi possível exportar: { $why }
status-exported = Exportado para { $path }
status-exported-with-warnings = Exportado para { $path } com { $count ->
    [one] { $count } alerta
   *[other] { $count } alertas
}: { $warnings }
status-update-needs-article = Escolha a nova versão da matéria (um arquivo de texto), não um arquivo de anotações
status-update-failed = Não foi possível atualizar o texto: { $why }
status-updated-from = Texto da matéria atualizado de “{ $name }”
status-update-summary = { $lead }: { $summary } ({ $undo } desfaz a atualização)
status-restored = Trabalho não salvo restaurado em “{ $title }” ({ $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
}). Salve para mantê-lo
status-restore-failed = Não foi possível restaurar: { $why }

## A web

fetching = Baixando { $address }
fetching-again = Baixando { $address } de novo
fetching-archive = Arquivando { $number } de { $count }: { $address }
fetching-of = { $what } — { $received } de { $total } KB
fetching-so-far = { $what } — { $received } KB
fetching-starting = { $what }…
status-not-from-web = Esta matéria não foi lida de uma página da web: use { $command } para carregar uma nova versão de um arquivo
status-nothing-to-archive = Nenhuma fonte da web a arquivar: todas as provas e fontes com endereço web já estão arquivadas
status-fetch-busy = Espere a página que está sendo baixada, ou cancele
status-opened-page = { $address } aberto ({ $count } caracteres). Salve para mantê-lo: a página fica arquivada ao lado do arquivo de anotações
status-page-unchanged = { $address } não mudou desde que foi lido
status-page-same-text = { $address } mudou, mas não o texto da matéria ({ $undo } desfaz a atualização)
status-page-changed = A página mudou
status-archived = { $pages ->
    [one] { $pages } página arquivada
   *[other] { $pages } páginas arquivadas
} ({ $sources ->
    [one] { $sources } fonte registrada
   *[other] { $sources } fontes registradas
})
status-not-archived = . Não arquivadas: { $failed }
status-archive-failed = A página não pôde ser guardada no arquivo: { $why }. Ela continua na memória; salve de novo para tentar outra vez

## A redação

status-not-a-folder = “{ $path }” não é uma pasta
status-no-cache = Não há pasta de cache para guardar o índice da redação
status-no-desk-worker = Não foi possível iniciar o trabalho de fundo da redação
status-desk-not-remembered = A redação está aberta, mas não pôde ser lembrada para a próxima vez: { $why }
status-desk-opening = Abrindo a redação “{ $name }”…
status-desk-unreadable = ; { $count ->
    [one] { $count } arquivo não pôde ser lido
   *[other] { $count } arquivos não puderam ser lidos
} (marcados com [!] no painel da redação)
status-desk-from-index = tudo a partir do índice
status-desk-indexed = { $count ->
    [one] { $count } arquivo indexado agora
   *[other] { $count } arquivos indexados agora
}
status-desk-read-again = { $count ->
    [one] { $count } arquivo lido de novo, o resto a partir do índice
   *[other] { $count } arquivos lidos de novo, o resto a partir do índice
}
status-desk-waiting = Outro claimmark está atualizando o índice da redação; aguardando…
status-desk-rebuilt = O índice da redação estava ausente ou danificado e está sendo reconstruído a partir dos seus arquivos ({ $why }).
status-model-missing = Correspondência por sentido desligada: sem modelo (menu Redação, Obter o modelo…)
status-desk-open = A redação “{ $name }” está aberta: { $count ->
    [one] { $count } matéria
   *[other] { $count } matérias
}, { $how }{ $note }
status-table-failed = Não foi possível gravar a tabela: { $why }
status-wrote-claims = { $count ->
    [one] { $count } alegação gravada
   *[other] { $count } alegações gravadas
} em { $path }
status-open-desk-first = Abra uma redação primeiro: Arquivo → Abrir redação… (a pasta dos seus arquivos de anotações)
reuse-earlier-check = Checagem anterior: { $title }
undo-reuse = Reutilizar checagem anterior
status-reused = A checagem anterior foi levada para esta alegação ({ $undo } desfaz)

status-import-failed = Não foi possível importar “{ $name }”: { $why }
status-import-empty = O arquivo não tem documentos
status-imported = Importado de “{ $name }”: { $summary }
status-import-several = . O arquivo tem { $count } documentos; este é o primeiro. `claimmark import --from { $format } { $file } -o PASTA` grava todos
status-comparing = Comparando com “{ $name }”: { $count ->
    [one] { $count } diferença
   *[other] { $count } diferenças
}; os trechos deles aparecem tracejados
status-took-differences = { $count ->
    [one] { $count } diferença adotada
   *[other] { $count } diferenças adotadas
} do arquivo deles ({ $undo } desfaz)
status-link-to-itself = Escolha outra anotação: uma anotação não pode se vincular a si mesma
status-linked = Vinculada: { $kind } { $other }
status-no-claims = Ainda não há alegações: marque uma com { $key }
status-all-done = { $count ->
    [one] A alegação está concluída
   *[other] Todas as { $count } alegações estão concluídas
}
status-claim-step = Alegação { $id } — faltam { $count }. { $next }: próxima · { $done }: concluir e seguir
status-sample = Esta é a matéria de exemplo que acompanha o programa. Abra a sua com Arquivo → Abrir ({ $keys }).
status-opened-at-start = “{ $name }” aberto
status-open-failed-sample = { $why }. Mostrando a matéria de exemplo.
status-not-found = “{ $query }” não está na matéria
status-match = Ocorrência { $number } de { $count }: pressione { $keys } para marcá-la

status-zoom = Zoom da matéria { $percent }%
status-view-not-remembered = As configurações de exibição não puderam ser lembradas: { $why }
pick-desk = Abrir uma redação: a pasta dos seus arquivos de anotações
pick-import = Importar { $format }
pick-import-article = A matéria a que estas anotações se referem
pick-articles = Matérias (texto ou página da web salva)
status-not-saved = Não salvo
status-not-exported = Não exportado

pick-open = Abrir uma matéria ou um arquivo de anotações
pick-articles-and-annotations = Matérias e anotações
pick-annotation-files = Anotações do claimmark
pick-article-files = Matérias
pick-all-files = Todos os arquivos
pick-save = Salvar anotações
pick-export = Exportar
title-not-saved = { $title } (ainda não salvo)

## Valores, diferenças e conflitos em poucas palavras

value-empty = (vazio)
value-quoted = “{ $text }”
value-position = { $start }–{ $end } { $text }
value-none = (nenhum)
value-evidence-one = 1 prova ({ $reference })
value-evidence = { $count ->
    [0] nenhuma prova
    [one] { $count } prova
   *[other] { $count } provas
}
value-yes = sim
value-no = não
value-links = { $count ->
    [0] nenhum vínculo
    [one] { $count } vínculo
   *[other] { $count } vínculos
}
value-not-archived = não arquivada

difference-only-ours = Só nossa
difference-only-theirs = Só deles
difference-span = Trecho diferente
difference-tag = Marcação diferente
difference-field = Diferença: { $field }
difference-annotation = { $tag } “{ $text }”
difference-alone = { $kind }: { $annotation }
difference-values = { $kind }: { $annotation } — nossa { $ours }, deles { $theirs }
conflict-field = { $named ->
    [no] { $field }: nossa { $ours }, deles { $theirs }
   *[other] { $field }: nossa { $ours }, deles { $theirs } ({ $by })
}
conflict-deleted-by-them = { $named ->
    [no] excluída do outro lado, alterada do nosso
   *[other] excluída do outro lado ({ $by }), alterada do nosso
}
conflict-deleted-by-us = { $named ->
    [no] excluída do nosso lado, alterada do outro
   *[other] excluída do nosso lado, alterada do outro ({ $by })
}

## Relatórios (HTML e Markdown)

report-heading = Relatório de checagem: { $title }
report-source = Fonte
report-page = Página
report-page-retrieved = obtida em { $date } de { $address }; arquivada, SHA-256 { $hash }
report-article-hash = SHA-256 da matéria
report-annotations = Anotações
report-annotation-counts = { $claims }, { $quotes }, { $citations }; { $done } de { $count } alegações concluídas
report-verdicts = Vereditos
report-verdict = Veredito
report-claims = Alegações
report-quotes = Citações
report-citations = Fontes
report-note = Nota: { $note }
report-scale = { $value } numa escala de { $worst } a { $best }
report-no-verdict = Ainda sem veredito
report-other-verdict = Outro veredito
report-field = { $field ->
    [normalized] Alegação resumida
    [claimant] Autor da alegação
    [rationale] Justificativa
   *[note] Nota
}
report-accessed = acessado em { $date }
report-changed-by = por { $who } em { $time }
report-status = Situação
report-evidence = Provas
report-linked = Vínculos
report-last-changed = Última alteração
report-speaker = quem falou: { $speaker }
report-quote-verified = conferida com a fonte
report-quote-not-verified = ainda não conferida
report-target = destino
report-target-text = destino: { $target }
report-citation-checked = conferida
report-citation-not-checked = ainda não conferida
report-annotation = { $tag } “{ $text }”

## A checagem publicada (o artigo anotado) e o site de uma redação

report-kicker = Checagem
report-retrieved = Obtido em { $date }
report-checked-on = Checado em { $date }
report-checked-by = Checado por { $names }
report-chart = Veredictos: { $list }
report-article = O artigo, anotado
report-how-to-read = Como ler esta página
report-legend-claim = é destacada na cor do seu veredicto e numerada; sua checagem fica ao lado do parágrafo, ou abaixo dele em uma tela estreita.
report-legend-quote = é sublinhada, seguida de quem a disse.
report-legend-citation = tem um sublinhado pontilhado.
report-claim-number = Afirmação { $number }
report-claim-ref = Afirmação { $number }: { $verdict }. Ir para a checagem.
report-quote-by = Citação: { $speaker }
report-back = Voltar ao texto
report-checks-here = Checagens deste parágrafo
report-lost-place = Afirmações que perderam seu lugar no texto
report-made-with = Feito com claimmark.
report-site-summary = { $articles ->
    [one] Um artigo
   *[other] { $articles } artigos
}, { $claims } com veredicto
report-site-checked = Afirmações checadas
report-site-find = Buscar
report-site-all = Todos os veredictos
report-site-in = em “{ $article }”
report-site-articles = Artigos
report-site-no-claims = Nenhuma afirmação tem veredicto ainda.
report-said = dito { $when } por { $who }
report-said-at = dito { $when }
report-said-by = dito por { $who }
err-pdf-password = este PDF é protegido por senha: digite a senha para abri-lo
err-pdf-wrong-password = essa senha não abre este PDF: confira e tente de novo
err-pdf-no-text = este PDF não tem texto para marcar: suas páginas ({ $pages }) são imagens, como num documento digitalizado. Passe-o antes por reconhecimento de texto (OCR) e abra o resultado
err-pdf-no-unicode = as fontes deste PDF não dizem quais letras desenham, então o texto não pode ser lido; passe-o por reconhecimento de texto (OCR) ou exporte-o de novo no programa que o criou
err-pdf-no-pages = este PDF não tem páginas
err-pdf-unreadable = este arquivo não é um PDF que o claimmark consiga ler ({ $detail }); ele pode estar danificado
err-pdf-cancelled = a abertura do PDF foi cancelada; nada foi alterado
notice-pdf = lido de um PDF de { $pages ->
    [one] uma página
   *[other] { $pages } páginas
}; cada alegação sabe em que página está{ $without ->
    [0] {""}
   *[other]; páginas sem texto (imagens ou em branco) deixadas de fora: { $without }
}
notice-pages-dropped = as páginas do PDF não combinam com o texto ({ $problem }), então foram deixadas de fora; o texto e todas as anotações foram mantidos
page-cite = p. { $page }
pages-cite = pp. { $first }–{ $last }
pdf-password-title = Senha necessária
pdf-password-prompt = “{ $file }” é protegido por senha. Digite-a para abrir o PDF.
pdf-password-label = Senha
pdf-password-open = Abrir
reading-pdf = Lendo “{ $file }”: página { $done } de { $total }
reading-file = Lendo “{ $file }”…
pdf-kept = o PDF original fica ao lado das anotações como { $file }
pdf-not-kept = { $file } já existe e é outro PDF, então o original não foi copiado ao lado das anotações

## Alegações sugeridas
cmd-suggestions-panel = Alegações sugeridas
    .tooltip = Mostrar as frases que o claimmark considera dignas de checagem
cmd-next-suggestion = Próxima sugestão
    .tooltip = Ir para a próxima frase sugerida para checagem
cmd-previous-suggestion = Sugestão anterior
    .tooltip = Ir para a frase sugerida anterior
cmd-accept-suggestion = Aceitar sugestão
    .tooltip = Marcar a frase sugerida como alegação e abrir seu formulário
cmd-reject-suggestion = Rejeitar sugestão
    .tooltip = Não vale a checagem: não sugerir mais esta frase neste arquivo
tab-suggestions = Sugestões ({ $count })
    .tooltip = Frases que valem a checagem, e por quê
suggest-reason = { $reason ->
    [percentage] uma porcentagem
    [money] uma quantia em dinheiro
    [number] um número
    [comparison] uma comparação ou tendência
    [time] uma data ou hora
    [cause] uma causa
   *[named-body] um órgão com nome
}
suggest-why-wording = redigida como alegações que foram checadas
suggest-alike = { $count ->
    [one] como 1 alegação que sua redação checou
   *[other] como { $count } alegações que sua redação checou
}
suggest-nearest = A mais próxima na sua redação: “{ $text }”
suggest-off = As sugestões estão desativadas (Editar → Preferências).
suggest-turn-on = Ativar as sugestões
suggest-scoring = Lendo a matéria em busca de frases que valem a checagem…
suggest-get-model = Obter o modelo de correspondência…
suggest-no-model = As sugestões precisam do modelo de correspondência, que não está instalado. Redação → Obter o modelo de correspondência… o baixa uma vez; ele fica neste computador.
suggest-other-model = As sugestões precisam do modelo multilíngue de correspondência; o instalado é outro. Redação → Obter o modelo de correspondência… o instala.
suggest-failed = Não foi possível ler a matéria para as sugestões: { $why }
suggest-no-head = o avaliador de sugestões está faltando nesta versão
suggest-summary = { $count ->
    [one] 1 frase de { $sentences } vale a checagem
   *[other] { $count } frases de { $sentences } valem a checagem
}{ $rejected ->
    [0] {""}
    [one] {" "}(1 rejeitada neste arquivo)
   *[other] {" "}({ $rejected } rejeitadas neste arquivo)
}
suggest-order = Ordem:
suggest-order-best = Melhores primeiro
suggest-order-text = Como no texto
suggest-keys = { $next }: próxima · { $accept }: aceitar como alegação · { $reject }: rejeitar
suggest-row = { $percent }% — { $text }
suggest-accept = Aceitar como alegação
    .tooltip = Marcar esta frase como alegação e abrir seu formulário (um passo, desfeito com Desfazer)
suggest-reject = Rejeitar
    .tooltip = Não vale a checagem: fica no arquivo e esta frase não é mais sugerida
suggest-mark-name = Alegação sugerida, { $percent }%: { $text }
status-suggestion-step = Sugestão { $number } de { $count }. { $accept }: aceitar como alegação · { $reject }: rejeitar · { $next }: próxima
status-no-suggestions = Nenhuma frase a sugerir: todas as que valem a checagem estão marcadas ou rejeitadas.
status-no-current-suggestion = Nenhuma sugestão escolhida: pressione { $next } para ir à próxima.
status-suggestion-accepted = Alegação { $id } marcada a partir da sugestão. { $next }: próxima sugestão
status-suggestion-rejected = { $count ->
    [one] Rejeitada: não será mais sugerida neste arquivo ({ $undo } desfaz). Resta 1 sugestão.
   *[other] Rejeitada: não será mais sugerida neste arquivo ({ $undo } desfaz). Restam { $count } sugestões.
}
prefs-suggestions = Sugerir frases que valem a checagem
    .tooltip = O claimmark lê cada matéria com o modelo de correspondência e marca as frases que parecem dignas de checagem
prefs-suggest-own-threshold = Sugerir tantas quanto o avaliador foi ajustado
    .tooltip = Cada idioma tem seu próprio limiar, escolhido em dados de checabilidade com os quais o avaliador não foi treinado
prefs-suggest-threshold = Sugerir a partir da pontuação
    .hint = Mais baixo sugere mais frases; mais alto, menos.
suggest-taste-too-few = As sugestões aprendem o critério da sua redação a partir de { $fewest } alegações e { $fewest } sugestões rejeitadas; a redação tem { $claims } e { $rejected }.
suggest-taste-no-gain = As { $claims } alegações e { $rejected } sugestões rejeitadas da sua redação não melhoraram as sugestões: o avaliador é usado como veio.
suggest-taste-adapted = Ajustado ao critério da sua redação: { $claims } alegações e { $rejected } sugestões rejeitadas (F1 nelas { $before } → { $after }).
