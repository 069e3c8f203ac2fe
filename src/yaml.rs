//! All YAML reading and writing goes through here, so the unmaintained
//! `serde_yaml` can be swapped for another crate in one place.

pub use serde_yaml::Error;

pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, Error> {
    serde_yaml::to_string(value)
}

pub fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Error> {
    serde_yaml::from_str(text)
}
