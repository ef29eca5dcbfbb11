//! Finding the exercise a directive names, through the grader's [`Catalog`]. The catalog is
//! loaded once per run, and only when a chapter has a directive. When it cannot be loaded (one
//! spec is malformed), exercises are loaded one by one so that the malformed spec is reported at
//! the directive that names it.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use grader_model::catalog::{closest_ids, validate_id};
use grader_model::spec::{SPEC_FILE, load_exercise};
use grader_model::{Catalog, CatalogError, Exercise, SpecError};

/// Why a directive's id gave no exercise.
#[derive(Debug)]
pub(crate) enum Miss {
    /// No such exercise; the closest ids.
    Unknown(Vec<String>),
    /// The id is not shaped like an id.
    BadId(String),
    /// The exercise's spec is malformed.
    Spec(SpecError),
}

/// The exercises of one book, loaded on first use.
pub(crate) struct Lookup {
    dir: PathBuf,
    catalog: OnceCell<Result<Catalog, CatalogError>>,
    reported_spec: std::cell::Cell<bool>,
}

impl Lookup {
    /// A lookup in the exercises folder `dir`.
    pub(crate) fn new(dir: PathBuf) -> Self {
        Lookup {
            dir,
            catalog: OnceCell::new(),
            reported_spec: false.into(),
        }
    }

    /// The exercises folder.
    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    fn catalog(&self) -> &Result<Catalog, CatalogError> {
        self.catalog.get_or_init(|| Catalog::load(&self.dir))
    }

    /// The exercise with this id.
    pub(crate) fn get(&self, id: &str) -> Result<Exercise, Miss> {
        match self.catalog() {
            Ok(catalog) => match catalog.get(id) {
                Ok(exercise) => Ok(exercise.clone()),
                Err(CatalogError::UnknownId { suggestions, .. }) => Err(Miss::Unknown(suggestions)),
                Err(other) => Err(Miss::BadId(other.to_string())),
            },
            Err(_) => {
                validate_id(id).map_err(|e| Miss::BadId(e.to_string()))?;
                let dir = self.dir.join(id);
                if !dir.join(SPEC_FILE).is_file() {
                    let known = known_ids(&self.dir);
                    return Err(Miss::Unknown(closest_ids(
                        id,
                        known.iter().map(String::as_str),
                    )));
                }
                load_exercise(id, &dir).map_err(|e| {
                    self.reported_spec.set(true);
                    Miss::Spec(e)
                })
            }
        }
    }

    /// The catalog's own error, if it was loaded, failed, and no directive has reported a spec
    /// problem already.
    pub(crate) fn unreported_error(self) -> Option<CatalogError> {
        if self.reported_spec.get() {
            return None;
        }
        self.catalog.into_inner().and_then(Result::err)
    }
}

/// The ids of the folders `dir/<chapter>/<name>/` that hold a spec, without parsing them.
fn known_ids(dir: &Path) -> Vec<String> {
    let mut ids = Vec::new();
    let Ok(chapters) = std::fs::read_dir(dir) else {
        return ids;
    };
    for chapter in chapters.flatten() {
        let Ok(names) = std::fs::read_dir(chapter.path()) else {
            continue;
        };
        for name in names.flatten() {
            if name.path().join(SPEC_FILE).is_file() {
                ids.push(format!(
                    "{}/{}",
                    chapter.file_name().to_string_lossy(),
                    name.file_name().to_string_lossy()
                ));
            }
        }
    }
    ids.sort();
    ids
}
