//! Errors. `ApiError` is what the simulated service answers (exit 254);
//! `Error` is everything a command can end with, mapped to exit codes at the edge.

use std::fmt;

macro_rules! codes {
    ($($variant:ident => $text:literal,)*) => {
        /// Every AWS-style error code amisim can emit (docs/rules.md cites them per rule).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code { $($variant,)* }
        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text,)* }
            }
            pub fn parse(s: &str) -> Option<Code> {
                Code::ALL.iter().copied().find(|c| c.as_str() == s)
            }
        }
    };
}

codes! {
    AuthFailure => "AuthFailure",
    DryRunOperation => "DryRunOperation",
    IdempotentParameterMismatch => "IdempotentParameterMismatch",
    IncompleteSignature => "IncompleteSignature",
    CannotDelete => "CannotDelete",
    DependencyViolation => "DependencyViolation",
    IncorrectInstanceState => "IncorrectInstanceState",
    InvalidGroupDuplicate => "InvalidGroup.Duplicate",
    InvalidGroupNotFound => "InvalidGroup.NotFound",
    InvalidGroupReserved => "InvalidGroup.Reserved",
    InvalidGroupIdMalformed => "InvalidGroupId.Malformed",
    InvalidKeyPairDuplicate => "InvalidKeyPair.Duplicate",
    InvalidKeyPairFormat => "InvalidKeyPair.Format",
    InvalidKeyPairNotFound => "InvalidKeyPair.NotFound",
    InvalidNetworkInterfaceIdNotFound => "InvalidNetworkInterfaceID.NotFound",
    InvalidPermissionDuplicate => "InvalidPermission.Duplicate",
    InvalidPermissionNotFound => "InvalidPermission.NotFound",
    IncorrectState => "IncorrectState",
    InvalidAmiAttributeItemValue => "InvalidAMIAttributeItemValue",
    InternalError => "InternalError",
    InvalidAction => "InvalidAction",
    AuthorizationQueryParametersError => "AuthorizationQueryParametersError",
    InvalidAmiIdDuplicate => "InvalidAMIID.Duplicate",
    InvalidAmiIdMalformed => "InvalidAMIID.Malformed",
    InvalidAmiIdNotFound => "InvalidAMIID.NotFound",
    InvalidAmiIdUnavailable => "InvalidAMIID.Unavailable",
    InvalidAmiNameDuplicate => "InvalidAMIName.Duplicate",
    InvalidAmiNameMalformed => "InvalidAMIName.Malformed",
    InvalidBlockDeviceMapping => "InvalidBlockDeviceMapping",
    InvalidInstanceIdMalformed => "InvalidInstanceID.Malformed",
    InvalidInstanceIdNotFound => "InvalidInstanceID.NotFound",
    InvalidInstanceType => "InvalidInstanceType",
    InvalidParameter => "InvalidParameter",
    InvalidParameterCombination => "InvalidParameterCombination",
    InvalidParameterDependency => "InvalidParameterDependency",
    InvalidParameterValue => "InvalidParameterValue",
    InvalidProductCodeNotFound => "InvalidProductCode.NotFound",
    InvalidRequest => "InvalidRequest",
    InvalidSnapshotIdMalformed => "InvalidSnapshotID.Malformed",
    InvalidSnapshotInUse => "InvalidSnapshot.InUse",
    InvalidSnapshotNotFound => "InvalidSnapshot.NotFound",
    InvalidSubnetIdNotFound => "InvalidSubnetID.NotFound",
    InvalidUserIdMalformed => "InvalidUserID.Malformed",
    InvalidVolumeNotFound => "InvalidVolume.NotFound",
    InvalidVpcIdNotFound => "InvalidVpcID.NotFound",
    MissingAction => "MissingAction",
    MissingAuthenticationToken => "MissingAuthenticationToken",
    MissingParameter => "MissingParameter",
    KmsNotFound => "NotFoundException",
    KmsAlreadyExists => "AlreadyExistsException",
    OperationNotPermitted => "OperationNotPermitted",
    OptInRequired => "OptInRequired",
    RequestEntityTooLarge => "RequestEntityTooLarge",
    RequestExpired => "RequestExpired",
    RequestLimitExceeded => "RequestLimitExceeded",
    RequestTimeout => "RequestTimeout",
    ResourceLimitExceeded => "ResourceLimitExceeded",
    SignatureDoesNotMatch => "SignatureDoesNotMatch",
    TagLimitExceeded => "TagLimitExceeded",
    UnknownParameter => "UnknownParameter",
    UnsupportedOperation => "UnsupportedOperation",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A refusal by the simulated service: an AWS error code and AWS's message,
/// and amisim's own help for the command line (the fix command, "try
/// --all-regions"), which the endpoint never sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub code: Code,
    pub message: String,
    pub hint: Option<String>,
}

impl ApiError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        ApiError { code, message: message.into(), hint: None }
    }

    /// The same refusal with help for the command line.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for ApiError {}

/// Shorthand used throughout the operations (for `ApiError` and `OpError` results alike).
pub fn refuse<T, E: From<ApiError>>(code: Code, message: impl Into<String>) -> Result<T, E> {
    Err(ApiError::new(code, message).into())
}

/// Why an operation did not succeed: the service refused it (an AWS error,
/// exit 254 or an error XML), or the store failed under it (a full disk, a
/// lock held too long: classified at the edge). `?` turns either into it.
#[derive(Debug)]
pub enum OpError {
    Refused(ApiError),
    Store(rusqlite::Error),
}

impl From<ApiError> for OpError {
    fn from(e: ApiError) -> Self {
        OpError::Refused(e)
    }
}

impl From<rusqlite::Error> for OpError {
    fn from(e: rusqlite::Error) -> Self {
        OpError::Store(e)
    }
}

impl From<OpError> for Error {
    fn from(e: OpError) -> Self {
        match e {
            OpError::Refused(e) => Error::api("", e),
            OpError::Store(e) => classify(e),
        }
    }
}

impl OpError {
    /// The command's error, naming the operation a refusal came from.
    pub fn in_operation(self, operation: &str) -> Error {
        match self {
            OpError::Refused(e) => Error::api(operation, e),
            OpError::Store(e) => classify(e),
        }
    }
}

/// Everything a command can end with, other than success.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The service refused the call (exit 254).
    #[error("An error occurred ({}) when calling the {operation} operation: {}", .error.code, .error.message)]
    Api { operation: String, error: ApiError },
    /// Configuration: region, output format, state file (exit 253).
    #[error("{0}")]
    Config(String),
    /// A waiter that failed or timed out (exit 255).
    #[error("Waiter {waiter} failed: {reason}")]
    Waiter { waiter: String, reason: String },
    /// Bad use of the command line detected after parsing (exit 252).
    #[error("{0}")]
    Usage(String),
    /// A check that did not pass: failed drill steps, problems found by `doctor` (exit 1).
    #[error("{0}")]
    Check(String),
    /// Anything else (exit 255).
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Api { .. } => 254,
            Error::Config(_) => 253,
            Error::Usage(_) => 252,
            Error::Check(_) => 1,
            Error::Waiter { .. } | Error::Other(_) => 255,
        }
    }

    pub fn api(operation: &str, error: ApiError) -> Self {
        Error::Api { operation: operation.to_string(), error }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        classify(e)
    }
}

/// Maps SQLite failures to the right kind of error (README exit codes).
pub fn classify(e: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode as C;
    if let rusqlite::Error::SqliteFailure(f, msg) = &e {
        let detail = msg.clone().unwrap_or_else(|| f.to_string());
        match f.code {
            C::DatabaseCorrupt | C::NotADatabase => {
                return Error::Config(format!(
                    "state file is corrupt ({detail}); it was left untouched: restore a copy or start a new world with `amisim init --force`"
                ))
            }
            C::ReadOnly => {
                return Error::Other(anyhow::anyhow!(
                    "state file is read-only ({detail}); nothing was changed: make it writable or pass --state with another file"
                ))
            }
            C::DatabaseBusy | C::DatabaseLocked => {
                return Error::Other(anyhow::anyhow!(
                    "state file stayed locked by another amisim process for too long ({detail}); nothing was changed: try again"
                ))
            }
            C::CannotOpen => return Error::Config(format!("cannot open state file ({detail})")),
            C::DiskFull => {
                return Error::Other(anyhow::anyhow!(
                    "the disk holding the state file is full ({detail}); nothing was changed: free some space and try again"
                ))
            }
            _ => {}
        }
    }
    Error::Other(anyhow::Error::new(e).context("state file"))
}
