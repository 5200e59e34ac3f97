//! Public check-worthiness data as the head is trained and measured on: the CheckThat! lab's
//! task 1 files (tab-separated: a sentence or tweet, and `class_label` Yes or No), and the
//! splits a head is made from. Used by `examples/train_suggestions.rs` and
//! `benches/suggestions.rs`, so both read the data alike.

/// One labelled sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labelled {
    /// The sentence or tweet.
    pub text: String,
    /// Annotated as worth checking.
    pub worth_checking: bool,
}

/// The sentences of a CheckThat! task 1 file: its text column (`Text`, `tweet_text` or
/// `text`) and `class_label` (`Yes`/`No`, or `1`/`0`); rows without both are skipped.
pub fn read_checkworthy(tsv: &str) -> Result<Vec<Labelled>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .quoting(false)
        .flexible(true)
        .from_reader(tsv.as_bytes());
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    let column = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
    };
    let text = column(&["Text", "tweet_text", "text", "sentence"])
        .ok_or("it has no text column (Text or tweet_text)")?;
    let label = column(&["class_label", "label", "check_worthiness"])
        .ok_or("it has no class_label column")?;
    let mut out = Vec::new();
    for row in reader.records().flatten() {
        let (Some(t), Some(l)) = (row.get(text), row.get(label)) else {
            continue;
        };
        let worth_checking = match l.trim() {
            "Yes" | "yes" | "1" => true,
            "No" | "no" | "0" => false,
            _ => continue,
        };
        if !t.trim().is_empty() {
            out.push(Labelled {
                text: t.trim().to_owned(),
                worth_checking,
            });
        }
    }
    Ok(out)
}

/// Every `every`-th item (counting from `offset`) and the rest: a held-out part of a training
/// split, the same on every run.
pub fn hold_out<T: Clone>(items: &[T], every: usize, offset: usize) -> (Vec<T>, Vec<T>) {
    let mut held = Vec::new();
    let mut rest = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if every > 0 && i % every == offset % every {
            held.push(item.clone());
        } else {
            rest.push(item.clone());
        }
    }
    (held, rest)
}

/// The files a data folder holds, as their publishers name them.
pub mod files {
    /// CheckThat! 2024 task 1, English (`isyufeng/FactFinders`, `data/`): train, dev and the
    /// dev-test split scored on.
    pub const ENGLISH_TRAIN: &str = "CT24_checkworthy_english_train.tsv";
    /// English dev.
    pub const ENGLISH_DEV: &str = "CT24_checkworthy_english_dev.tsv";
    /// English dev-test: scored on, never trained or tuned on.
    pub const ENGLISH_DEV_TEST: &str = "CT24_checkworthy_english_dev-test.tsv";
    /// CheckThat! 2024 task 1, Arabic (`iai-group/clef2024-checkthat`,
    /// `data/task1/arabic/train.tsv`, renamed).
    pub const ARABIC_TRAIN: &str = "CT24_checkworthy_arabic_train.tsv";
    /// Arabic dev (`data/task1/arabic/dev.tsv`, renamed): reported on.
    pub const ARABIC_DEV: &str = "CT24_checkworthy_arabic_dev.tsv";
    /// CheckThat! 2022 task 1A, Spanish (`matttang7/CLEF2022-Task1`,
    /// `task1/data/subtasks-spanish/CT22_spanish_1A_checkworthy.zip`): train.
    pub const SPANISH_TRAIN: &str = "CT22_spanish_1A_checkworthy_train.tsv";
    /// Its dev split.
    pub const SPANISH_TUNE: &str = "CT22_spanish_1A_checkworthy_dev.tsv";
    /// CheckThat! 2024 task 1, Spanish dev (`iai-group/clef2024-checkthat`,
    /// `data/task1/spanish/dev.tsv`, renamed): reported on.
    pub const SPANISH_DEV: &str = "CT24_checkworthy_spanish_dev.tsv";
    /// CheckThat! 2020 task 1, English COVID-19 tweets (`sshaar/clef2020-factchecking-task1`,
    /// `data/v2.zip`, `v2/training_v2.tsv`, renamed): a desk's own examples, for measuring how
    /// a head adapts to a desk's taste.
    pub const DESK_EXAMPLES: &str = "CT20_covid_training_v2.tsv";
    /// Its dev split (`v2/dev_v2.tsv`, renamed): held out from the adapting, measured on.
    pub const DESK_HELD_OUT: &str = "CT20_covid_dev_v2.tsv";
}

/// The splits a head is trained, tuned and measured on, each sentence with its language.
#[derive(Clone, Debug, Default)]
pub struct Splits {
    /// Trained on: English train, Arabic train but every fifth tweet, Spanish (2022) train.
    pub train: Vec<(Labelled, &'static str)>,
    /// Each language's threshold is chosen on: English dev, the fifth of Arabic train held
    /// out, Spanish (2022) dev.
    pub tune: Vec<(&'static str, Vec<Labelled>)>,
    /// Measured on, never trained or tuned on: English dev-test, Arabic dev, Spanish (2024)
    /// dev.
    pub report: Vec<(&'static str, &'static str, Vec<Labelled>)>,
}

impl Splits {
    /// Every sentence of the training and tuning splits, then (with `report`) of the splits
    /// reported on, in that order.
    pub fn texts(&self, report: bool) -> Vec<String> {
        let train = self.train.iter().map(|(l, _)| l);
        let tune = self.tune.iter().flat_map(|(_, rows)| rows);
        let reported = self
            .report
            .iter()
            .filter(|_| report)
            .flat_map(|(_, _, rows)| rows);
        train
            .chain(tune)
            .chain(reported)
            .map(|l| l.text.clone())
            .collect()
    }
}

/// The splits made from a data folder's files, read by `read` (a file's name to its text).
pub fn splits(read: &dyn Fn(&str) -> Result<String, String>) -> Result<Splits, String> {
    let load = |name: &str| -> Result<Vec<Labelled>, String> {
        read_checkworthy(&read(name)?).map_err(|e| format!("{name}: {e}"))
    };
    let arabic = load(files::ARABIC_TRAIN)?;
    let (arabic_held, arabic_train) = hold_out(&arabic, 5, 0);
    let mut train = Vec::new();
    for (language, rows) in [
        ("en", load(files::ENGLISH_TRAIN)?),
        ("ar", arabic_train),
        ("es", load(files::SPANISH_TRAIN)?),
    ] {
        train.extend(rows.into_iter().map(|r| (r, language)));
    }
    Ok(Splits {
        train,
        tune: vec![
            ("en", load(files::ENGLISH_DEV)?),
            ("ar", arabic_held),
            ("es", load(files::SPANISH_TUNE)?),
        ],
        report: vec![
            ("English dev-test", "en", load(files::ENGLISH_DEV_TEST)?),
            ("Arabic dev", "ar", load(files::ARABIC_DEV)?),
            ("Spanish dev", "es", load(files::SPANISH_DEV)?),
        ],
    })
}

/// One language's tuning split: its code, each sentence's features, and its labels.
pub type TuneSplit<'a> = (&'a str, Vec<Vec<f32>>, Vec<bool>);

/// A head trained on `train` (features, label, language) and given each language's threshold
/// for the best F1 on `tune` (language, features and labels); `model` names the vectors'
/// model, `vocabulary` the words the features end with.
pub fn fit(
    model: &str,
    vocabulary: super::tfidf::Vocabulary,
    train: &[(Vec<f32>, bool, &str)],
    tune: &[TuneSplit<'_>],
    training: super::head::Training,
    trained_on: &str,
) -> super::Head {
    let examples: Vec<(Vec<f32>, bool, f32)> = train
        .iter()
        .map(|(x, label, _)| (x.clone(), *label, 1.0))
        .collect();
    let mut head = super::head::train(&examples, training);
    head.model = model.to_owned();
    head.vocabulary = vocabulary;
    head.trained_on = trained_on.to_owned();
    head.languages = tune
        .iter()
        .map(|(language, features, labels)| {
            let scores: Vec<f32> = features.iter().map(|x| head.score(x)).collect();
            let (threshold, _) = super::head::best_threshold(&scores, labels);
            super::head::Trained {
                code: (*language).to_owned(),
                sentences: train.iter().filter(|(_, _, l)| l == language).count(),
                threshold,
            }
        })
        .collect();
    head
}

/// How a head does on one split at its language's threshold.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// The split's language.
    pub language: String,
    /// The threshold used.
    pub threshold: f32,
    /// F1 at that threshold.
    pub f1: f32,
    /// Average precision.
    pub average_precision: f32,
    /// How many sentences.
    pub sentences: usize,
}

/// How `head` does on `rows` (in `language`), each sentence's features from `featurize`.
pub fn measure(
    head: &super::Head,
    language: &str,
    rows: &[Labelled],
    featurize: &dyn Fn(&Labelled) -> Vec<f32>,
) -> Figures {
    let scores: Vec<f32> = rows.iter().map(|l| head.score(&featurize(l))).collect();
    let labels: Vec<bool> = rows.iter().map(|l| l.worth_checking).collect();
    let threshold = head.threshold(language).unwrap_or(0.5);
    Figures {
        language: language.to_owned(),
        threshold,
        f1: super::head::f1_at(&scores, &labels, threshold),
        average_precision: super::head::average_precision(&scores, &labels),
        sentences: rows.len(),
    }
}

/// A head trained on `splits`' training sentences, each language's threshold chosen on its
/// tuning split, each sentence's features from `featurize` (whose words are `vocabulary`'s);
/// with its figures on each tuning split.
pub fn fit_splits(
    model: &str,
    vocabulary: super::tfidf::Vocabulary,
    splits: &Splits,
    featurize: &dyn Fn(&Labelled) -> Vec<f32>,
    trained_on: &str,
) -> (super::Head, Vec<Figures>) {
    let train: Vec<(Vec<f32>, bool, &str)> = splits
        .train
        .iter()
        .map(|(l, language)| (featurize(l), l.worth_checking, *language))
        .collect();
    let tune: Vec<TuneSplit<'_>> = splits
        .tune
        .iter()
        .map(|(language, rows)| {
            (
                *language,
                rows.iter().map(featurize).collect(),
                rows.iter().map(|l| l.worth_checking).collect(),
            )
        })
        .collect();
    let head = fit(
        model,
        vocabulary,
        &train,
        &tune,
        super::head::Training::default(),
        trained_on,
    );
    let figures = splits
        .tune
        .iter()
        .map(|(language, rows)| measure(&head, language, rows, featurize))
        .collect();
    (head, figures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_of_checkthat_files_are_read() {
        // The English file's header and two rows, as isyufeng/FactFinders has them.
        let english = "Sentence_id\tText\tclass_label\n30313\tAnd so I know that this campaign has caused some questioning.\tNo\n19099\t\"Now, let's balance the budget.\"\tYes\n";
        let read = read_checkworthy(english).unwrap();
        assert_eq!(read.len(), 2);
        assert!(!read[0].worth_checking && read[1].worth_checking);
        assert_eq!(read[1].text, "\"Now, let's balance the budget.\"");
        // The tweets' form, with a row whose label is missing.
        let tweets = "tweet_id\ttweet_url\ttweet_text\tclass_label\n1\thttp://t/1\tالحكومة تقول 12٪\tYes\n2\thttp://t/2\tsin etiqueta\n";
        let read = read_checkworthy(tweets).unwrap();
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].text, "الحكومة تقول 12٪");
        assert!(read_checkworthy("a\tb\n1\t2\n").is_err());
        let (held, rest) = hold_out(&[0, 1, 2, 3, 4, 5, 6], 5, 0);
        assert_eq!((held, rest), (vec![0, 5], vec![1, 2, 3, 4, 6]));
    }
}
