//! Who may see, launch, copy or share which image, and if not, why — with the
//! command that would fix each reason. Every operation and `explain` ask here,
//! so the rules are written once (docs/rules.md sections 3 and 5, R-CPY-5/6).

use crate::error::{ApiError, Code};
use crate::model::{Image, ImageState, Key, Snapshot};
use crate::store;
use rusqlite::Connection;
use serde::Serialize;

/// The question asked about an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Describe,
    Launch,
    Copy,
    Share,
    /// Owner-only changes: deregister, deprecate, protect, disable, enable, tag, publish.
    Manage(ManageOp),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManageOp {
    Deregister,
    Deprecate,
    Protect,
    Disable,
    Enable,
    Tag,
    Publish,
    DescribeAttribute,
    /// The description, and resetting launch permissions.
    ModifyAttribute,
}

/// One reason an account may not do something, and how to get past it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct Reason {
    pub code: String,
    pub message: String,
    pub fix: String,
    /// False for outcomes that do not refuse the call (unusable keys at launch, R-SHR-7).
    #[serde(skip)]
    pub refuses: bool,
}

impl Reason {
    fn new(code: Code, message: impl Into<String>, fix: impl Into<String>) -> Reason {
        Reason { code: code.as_str().into(), message: message.into(), fix: tidy(fix.into()), refuses: true }
    }
    /// The reason as the refusal the operation answers with.
    pub fn to_error(&self) -> ApiError {
        let e = ApiError::new(Code::parse(&self.code).unwrap_or(Code::InvalidRequest), self.message.clone());
        if self.fix.is_empty() {
            e
        } else {
            e.with_hint(self.fix.clone())
        }
    }
}

/// How describe listings treat deprecated and disabled images (R-SHR-6, R-LIF-3, R-LIF-4).
#[derive(Debug, Clone, Copy, Default)]
pub struct Listing {
    pub by_id: bool,
    pub include_deprecated: bool,
    pub include_disabled: bool,
}

/// R-SHR-6: may `viewer` see this image?
pub fn visible(image: &Image, viewer: &str, now: i64, listing: Listing) -> bool {
    if image.owner_id == viewer {
        return image.state != ImageState::Disabled || listing.by_id || listing.include_disabled;
    }
    if !matches!(image.state, ImageState::Available | ImageState::Pending) {
        return false; // failed and disabled images are the owner's alone
    }
    if !(image.public || image.shared_with_caller) {
        return false;
    }
    !image.is_deprecated(now) || listing.by_id || listing.include_deprecated
}

/// Everything about an image that a permission answer depends on.
pub struct Facts {
    pub snapshots: Vec<Snapshot>,
    pub keys: Vec<Key>,
    /// Marketplace product codes of the image the caller has not subscribed to.
    pub unsubscribed: Vec<String>,
    pub public_access_blocked: bool,
    pub public_count: i64,
}

impl Facts {
    /// Facts for owner-only questions, which need none.
    pub fn empty() -> Facts {
        Facts {
            snapshots: Vec::new(),
            keys: Vec::new(),
            unsubscribed: Vec::new(),
            public_access_blocked: true,
            public_count: 0,
        }
    }

    pub fn load(conn: &Connection, image: &Image, caller: &str) -> rusqlite::Result<Facts> {
        let ids: Vec<String> = image.snapshot_ids().map(str::to_string).collect();
        let snapshots = if ids.is_empty() { Vec::new() } else { store::snapshots_by_id(conn, &image.region, &ids)? };
        let arns: Vec<String> = snapshots.iter().filter_map(|s| s.kms_key_id.clone()).collect();
        let keys = if arns.is_empty() { Vec::new() } else { store::keys_by_arn(conn, &arns)? };
        let mut unsubscribed = Vec::new();
        for p in &image.product_codes {
            let subscribed = store::product(conn, &p.product_code_id, caller)?.is_some_and(|p| p.subscribed);
            if !subscribed {
                unsubscribed.push(p.product_code_id.clone());
            }
        }
        Ok(Facts {
            snapshots,
            keys,
            unsubscribed,
            public_access_blocked: store::public_access_blocked(conn, &image.owner_id, &image.region)?,
            public_count: store::count_public(conn, &image.owner_id, &image.region)?,
        })
    }

    fn key(&self, arn: &str) -> Option<&Key> {
        self.keys.iter().find(|k| k.arn == arn)
    }
}

/// A suggested command without the gaps flags that are not needed leave.
fn tidy(fix: String) -> String {
    fix.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The flags a suggested command needs to act as `account` in `region`:
/// only those that differ from the command line's defaults (README).
fn flags(account: &str, region: &str) -> String {
    let mut out = Vec::new();
    if account != crate::accounts::DEFAULT_ACCOUNT {
        out.push(format!("--account {account}"));
    }
    if region != "us-east-1" {
        out.push(format!("--region {region}"));
    }
    out.join(" ")
}

/// Section 3: what the image's state allows, before any permission.
pub fn state_allows(image: &Image, action: Action) -> Result<(), ApiError> {
    let unavailable = || {
        Err(ApiError::new(
            Code::InvalidAmiIdUnavailable,
            format!("Image {} is not available (state: {})", image.image_id, image.state.as_str()),
        ))
    };
    match (action, image.state) {
        (_, ImageState::Deregistered) => Err(ApiError::new(
            Code::InvalidAmiIdNotFound,
            format!("The image id '[{}]' does not exist", image.image_id),
        )),
        (Action::Describe, _) => Ok(()),
        (Action::Launch | Action::Copy | Action::Share, ImageState::Available) => Ok(()),
        (Action::Launch | Action::Copy | Action::Share, _) => unavailable(),
        (
            Action::Manage(
                ManageOp::Enable
                | ManageOp::Deregister
                | ManageOp::Tag
                | ManageOp::DescribeAttribute
                | ManageOp::ModifyAttribute,
            ),
            _,
        ) => Ok(()),
        (Action::Manage(ManageOp::Publish), ImageState::Available) => Ok(()),
        (Action::Manage(ManageOp::Publish), _) => unavailable(),
        (Action::Manage(ManageOp::Disable), ImageState::Available | ImageState::Disabled) => Ok(()),
        (Action::Manage(ManageOp::Disable), _) => unavailable(),
        (Action::Manage(_), ImageState::Disabled) => unavailable(),
        (Action::Manage(_), _) => Ok(()),
    }
}

fn not_authorized(image: &Image) -> String {
    format!("Not authorized for images: [{}]", image.image_id)
}

/// Every reason `caller` may not do `action` to `image`, in the order the
/// operation checks them (state, permission, then the action's own rules).
/// An empty list means allowed. Launch lists unusable keys too: the call
/// succeeds but its instances terminate (R-SHR-7).
pub fn reasons(image: &Image, facts: &Facts, caller: &str, action: Action) -> Vec<Reason> {
    let mut out = Vec::new();
    if let Err(e) = state_allows(image, action) {
        let fix = match image.state {
            ImageState::Pending => {
                format!("amisim wait image-available {} {}", image.image_id, flags(caller, &image.region))
            }
            ImageState::Disabled => {
                format!("amisim enable {} {}", image.image_id, flags(&image.owner_id, &image.region))
            }
            _ => "use another image".to_string(),
        };
        out.push(Reason::new(e.code, e.message, fix));
        return out;
    }
    let owner = image.owner_id == caller;
    let region = &image.region;
    let launchable = owner || image.public || image.shared_with_caller;
    let share_fix = format!("amisim share {} --add {caller} {}", image.image_id, flags(&image.owner_id, region));
    match action {
        Action::Describe => {
            if !visible(image, caller, i64::MIN, Listing { by_id: true, ..Listing::default() }) {
                out.push(Reason::new(
                    Code::InvalidAmiIdNotFound,
                    format!("The image id '[{}]' does not exist", image.image_id),
                    share_fix,
                ));
            }
        }
        Action::Launch => {
            if !launchable {
                // R-SHR-4: an image under the aws/ebs key cannot be shared at all.
                let fix = managed_key_reason(image, facts).map_or(share_fix, |r| r.fix);
                out.push(Reason::new(Code::AuthFailure, not_authorized(image), fix));
                return out;
            }
            if !owner {
                for code in &facts.unsubscribed {
                    out.push(Reason::new(
                        Code::OptInRequired,
                        format!("In order to use this AWS Marketplace product you need to accept terms and subscribe ({code})"),
                        format!("amisim marketplace subscribe {code} {}", flags(caller, region)),
                    ));
                }
            }
            for s in &facts.snapshots {
                if s.storage_tier == "archive" || s.tiering_status.is_some() {
                    out.push(archived(s));
                }
            }
            for s in facts.snapshots.iter().filter(|s| s.encrypted) {
                let arn = s.kms_key_id.clone().unwrap_or_default();
                if !facts.key(&arn).is_some_and(|k| k.usable_by(caller)) {
                    out.push(Reason {
                        code: KMS_STATE_REASON.into(),
                        message: format!(
                            "The instances would terminate: key {arn} of snapshot {} is not usable by {caller}",
                            s.snapshot_id
                        ),
                        fix: key_fix(facts.key(&arn), &arn, caller),
                        refuses: false,
                    });
                }
            }
        }
        Action::Copy => {
            if !launchable {
                // A copy needs launch permission and read access to the storage
                // (R-CPY-5): where both are missing, the one command that grants
                // both (R-SHR-3), then any key grants.
                let storage_missing =
                    facts.snapshots.iter().any(|s| !s.volume_permissions.iter().any(|g| g == caller || g == "all"));
                let fix = match managed_key_reason(image, facts) {
                    Some(r) => r.fix,
                    None if storage_missing => format!(
                        "amisim share {} --add {caller} --with-snapshots {}",
                        image.image_id,
                        flags(&image.owner_id, region)
                    ),
                    None => share_fix,
                };
                out.push(Reason::new(Code::AuthFailure, not_authorized(image), fix));
                out.extend(ungranted_keys(facts, caller));
                return out;
            }
            if !owner && image.has_billing() {
                // R-CPY-6: the seed's way through is launch, then create.
                let message = if image.product_codes.is_empty() {
                    "Images with EC2 BillingProduct codes cannot be copied to another AWS account."
                } else {
                    "Images from AWS Marketplace cannot be copied to another AWS account"
                };
                out.push(Reason::new(
                    Code::InvalidRequest,
                    message,
                    format!(
                        "amisim launch {} {} --wait, then amisim create --instance-id <new instance> --name <name> {}",
                        image.image_id,
                        flags(caller, region),
                        flags(caller, region)
                    ),
                ));
            }
            for s in &facts.snapshots {
                if s.storage_tier == "archive" || s.tiering_status.is_some() {
                    out.push(archived(s));
                }
            }
            // R-CPY-5: a public image's storage is readable by all; a shared one's is not.
            if !owner && !image.public {
                for s in &facts.snapshots {
                    if !s.volume_permissions.iter().any(|g| g == caller || g == "all") {
                        out.push(Reason::new(
                            Code::InvalidRequest,
                            "You do not have permission to access the storage of this ami",
                            format!(
                                "amisim snapshots share {} --add {caller} {}",
                                s.snapshot_id,
                                flags(&image.owner_id, region)
                            ),
                        ));
                    }
                }
                out.extend(ungranted_keys(facts, caller));
            }
        }
        Action::Share => {
            if !owner {
                out.push(Reason::new(
                    Code::AuthFailure,
                    not_authorized(image),
                    format!("only the owner {} can share it; copy it into your account instead", image.owner_id),
                ));
                return out;
            }
            if let Some(r) = managed_key_reason(image, facts) {
                out.push(r);
            }
        }
        Action::Manage(_) => {
            if !owner {
                out.push(Reason::new(
                    Code::AuthFailure,
                    not_authorized(image),
                    format!("only the owner {} can do this", image.owner_id),
                ));
            }
        }
    }
    out
}

fn archived(s: &Snapshot) -> Reason {
    Reason::new(
        Code::IncorrectState,
        format!("Snapshot {} is archived and cannot be used until it is restored", s.snapshot_id),
        format!("amisim snapshots restore {} --account {} --region {}", s.snapshot_id, s.owner_id, s.region),
    )
}

/// R-CPY-5: each key of an encrypted snapshot must be granted to the copier.
fn ungranted_keys(facts: &Facts, caller: &str) -> Vec<Reason> {
    let mut out = Vec::new();
    for s in facts.snapshots.iter().filter(|s| s.encrypted) {
        let arn = s.kms_key_id.clone().unwrap_or_default();
        if !facts.key(&arn).is_some_and(|k| k.usable_by(caller)) {
            out.push(Reason::new(
                Code::InvalidRequest,
                format!("The KMS key {arn} of snapshot {} is not granted to {caller}", s.snapshot_id),
                key_fix(facts.key(&arn), &arn, caller),
            ));
        }
    }
    out
}

fn key_fix(key: Option<&Key>, arn: &str, caller: &str) -> String {
    match key {
        Some(k) if k.is_managed() => {
            "the aws/ebs key cannot be granted: the owner must copy the image with a customer-managed key (amisim copy ... --encrypted --kms-key-id alias/NAME) and share that".to_string()
        }
        Some(k) if k.key_state != "Enabled" => format!("the key {} is {}; the owner must enable it", k.key_id, k.key_state),
        Some(k) => format!("amisim keys grant {} --grantee {caller} --account {} --region {}", k.key_id, k.owner_id, k.region),
        None => format!("the key {arn} no longer exists"),
    }
}

/// R-SHR-4: snapshots under an AWS-managed key cannot be shared with other accounts.
fn managed_key_reason(image: &Image, facts: &Facts) -> Option<Reason> {
    facts.snapshots.iter().any(|s| s.managed_key).then(|| {
        Reason::new(
            Code::InvalidParameter,
            "Snapshots encrypted with the AWS Managed CMK can't be shared. Specify another snapshot.",
            format!(
                "amisim keys create --alias shared {f}, then amisim copy --source-image-id {} --source-region {} --name <name> --encrypted --kms-key-id alias/shared {f}, and share the copy",
                image.image_id,
                image.region,
                f = flags(&image.owner_id, &image.region)
            ),
        )
    })
}

/// R-SHR-5, in its order: reasons the owner may not make this image public.
pub fn public_reasons(image: &Image, facts: &Facts) -> Vec<Reason> {
    let mut out = Vec::new();
    let f = flags(&image.owner_id, &image.region);
    if facts.public_access_blocked {
        out.push(Reason::new(
            Code::OperationNotPermitted,
            "You can't publicly share this image because block public access for AMIs is enabled for this account. To publicly share the image, you must call the DisableImageBlockPublicAccess API.",
            format!("amisim accounts block-public-access off {f}"),
        ));
    }
    if image.is_encrypted() {
        out.push(Reason::new(
            Code::UnsupportedOperation,
            "Encrypted images cannot be made public.",
            "share it with accounts instead (amisim share AMI --add ID --with-snapshots) and grant the key",
        ));
    }
    if image.has_billing() {
        out.push(Reason::new(
            Code::OperationNotPermitted,
            "Images with billing products or product codes cannot be made public.",
            "sell it instead: amisim marketplace publish AMI --price P",
        ));
    }
    if !image.public && facts.public_count >= 5 {
        out.push(Reason::new(
            Code::ResourceLimitExceeded,
            format!("You have reached the limit of 5 public images in {}.", image.region),
            format!("make another public image private: amisim share AMI --private {f}"),
        ));
    }
    out
}

/// The state reason of instances launched without a usable key (R-SHR-7).
pub const KMS_STATE_REASON: &str = "Client.InvalidKMSKey.InvalidState";

/// The first refusing reason as the operation's refusal.
pub fn require(reasons: &[Reason]) -> Result<(), ApiError> {
    match reasons.iter().find(|r| r.refuses) {
        Some(r) => Err(r.to_error()),
        None => Ok(()),
    }
}
