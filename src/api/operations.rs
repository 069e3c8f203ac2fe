//! The operation table: each operation declared once, with its AWS name,
//! whether it writes (and so is audited, R-EVT-1), and its handler. Adding an
//! operation touches this table and its handler's file, nothing else.

use super::*;
use crate::error::OpError;
use serde::Serialize;

/// Declares every operation once: its variant and input, its AWS name,
/// whether it writes (and so is audited, R-EVT-1), and its handler. The
/// request type, `operation`, `mutating`, the dispatcher and `OPERATIONS`
/// all come from this one table.
macro_rules! operations {
    ($( $variant:ident($input:ty) = $aws:literal, $rw:ident, |$ctx:ident, $arg:pat_param| $handler:expr; )*) => {
        /// Every request the service understands. Serialized, a request is its
        /// own parameters (with AWS field names), as its audit event records them.
        #[derive(Debug, Clone, Serialize)]
        #[serde(untagged)]
        pub enum Request {
            $( $variant($input), )*
        }

        /// Every operation in the table: its variant, AWS name, and whether it writes.
        pub const OPERATIONS: &[Operation] = &[
            $( Operation { variant: stringify!($variant), name: $aws, writes: operations!(@writes $rw) }, )*
        ];

        impl Request {
            /// The AWS operation name, as the error line and the audit log show it (README).
            pub fn operation(&self) -> &'static str {
                match self { $( Request::$variant(_) => $aws, )* }
            }

            /// Writes are audited; reads write nothing, not even an event (R-EVT-1).
            pub fn mutating(&self) -> bool {
                match self { $( Request::$variant(_) => operations!(@writes $rw), )* }
            }

            /// The table's variant name (for tests that walk the table).
            pub fn variant(&self) -> &'static str {
                match self { $( Request::$variant(_) => stringify!($variant), )* }
            }

            pub(super) fn run(self, ctx: &Ctx) -> Result<Response, OpError> {
                match self { $( Request::$variant($arg) => { let $ctx = ctx; $handler } )* }
            }
        }
    };
    (@writes write) => { true };
    (@writes read) => { false };
}

/// One row of the operation table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    pub variant: &'static str,
    pub name: &'static str,
    pub writes: bool,
}

operations! {
    CreateImage(create::CreateImage) = "CreateImage", write, |ctx, r| create::create_image(ctx, r);
    RegisterImage(create::CreateImage) = "RegisterImage", write, |ctx, r| create::create_image(ctx, r);
    CopyImage(copy::CopyImage) = "CopyImage", write, |ctx, r| copy::copy_image(ctx, r);
    DescribeLaunchPermissions(share::ShareImage) = "DescribeImageAttribute", read, |ctx, r| share::share_image(ctx, r);
    ModifyLaunchPermissions(share::ShareImage) = "ModifyImageAttribute", write, |ctx, r| share::share_image(ctx, r);
    RunInstances(launch::RunInstances) = "RunInstances", write, |ctx, r| launch::run_instances(ctx, r);
    DescribeImages(describe::DescribeImages) = "DescribeImages", read, |ctx, r| describe::describe_images(ctx, r);
    DescribeInstances(instances::DescribeInstances) = "DescribeInstances", read, |ctx, r| instances::describe_instances(ctx, r);
    StartInstances(instances::ChangeInstances) = "StartInstances", write, |ctx, r| instances::change_instances(ctx, r);
    StopInstances(instances::ChangeInstances) = "StopInstances", write, |ctx, r| instances::change_instances(ctx, r);
    TerminateInstances(instances::ChangeInstances) = "TerminateInstances", write, |ctx, r| instances::change_instances(ctx, r);
    DescribeSnapshots(snapshots::DescribeSnapshots) = "DescribeSnapshots", read, |ctx, r| snapshots::describe_snapshots(ctx, r);
    DescribeVolumePermissions(share::ShareSnapshot) = "DescribeSnapshotAttribute", read, |ctx, r| share::share_snapshot(ctx, r);
    ModifyVolumePermissions(share::ShareSnapshot) = "ModifySnapshotAttribute", write, |ctx, r| share::share_snapshot(ctx, r);
    CopySnapshot(snapshots::CopySnapshot) = "CopySnapshot", write, |ctx, r| snapshots::copy_snapshot(ctx, r);
    DeleteSnapshot(String) = "DeleteSnapshot", write, |ctx, id| snapshots::delete_snapshot(ctx, &id);
    ArchiveSnapshot(String) = "ModifySnapshotTier", write, |ctx, id| snapshots::archive_snapshot(ctx, &id);
    RestoreSnapshot(String) = "RestoreSnapshotTier", write, |ctx, id| snapshots::restore_snapshot(ctx, &id);
    ListKeys(()) = "ListKeys", read, |ctx, ()| keys::list_keys(ctx);
    CreateKey(keys::CreateKey) = "CreateKey", write, |ctx, r| keys::create_key(ctx, r);
    CreateGrant(keys::GrantKey) = "CreateGrant", write, |ctx, r| keys::grant_key(ctx, r);
    RevokeGrant(keys::GrantKey) = "RevokeGrant", write, |ctx, r| keys::grant_key(ctx, r);
    ListAccounts(()) = "ListAccounts", read, |ctx, ()| accounts::list_accounts(ctx);
    CreateAccount(accounts::CreateAccount) = "CreateAccount", write, |ctx, r| accounts::create_account(ctx, r);
    EnableBlockPublicAccess(()) = "EnableImageBlockPublicAccess", write, |ctx, ()| accounts::block_public_access(ctx, true);
    DisableBlockPublicAccess(()) = "DisableImageBlockPublicAccess", write, |ctx, ()| accounts::block_public_access(ctx, false);
    GetBlockPublicAccess(()) = "GetImageBlockPublicAccessState", read, |ctx, ()| accounts::get_block_public_access(ctx);
    ListProducts(()) = "DescribeProducts", read, |ctx, ()| marketplace::list_products(ctx);
    Subscribe(String) = "Subscribe", write, |ctx, code| marketplace::subscribe(ctx, &code);
    Publish(marketplace::Publish) = "PublishProduct", write, |ctx, r| marketplace::publish(ctx, r);
    CreateTags(tags::TagResource) = "CreateTags", write, |ctx, r| tags::tag_resource(ctx, r);
    DeleteTags(tags::TagResource) = "DeleteTags", write, |ctx, r| tags::tag_resource(ctx, r);
    Deregister(lifecycle::Deregister) = "DeregisterImage", write, |ctx, r| lifecycle::deregister(ctx, r);
    EnableProtection(lifecycle::Protect) = "EnableImageDeregistrationProtection", write, |ctx, r| lifecycle::protect(ctx, r);
    DisableProtection(lifecycle::Protect) = "DisableImageDeregistrationProtection", write, |ctx, r| lifecycle::protect(ctx, r);
    EnableDeprecation(lifecycle::Deprecate) = "EnableImageDeprecation", write, |ctx, r| lifecycle::deprecate(ctx, r);
    DisableDeprecation(lifecycle::Deprecate) = "DisableImageDeprecation", write, |ctx, r| lifecycle::deprecate(ctx, r);
    Disable(String) = "DisableImage", write, |ctx, id| lifecycle::disable(ctx, &id);
    Enable(String) = "EnableImage", write, |ctx, id| lifecycle::enable(ctx, &id);
    Explain(explain::Explain) = "Explain", read, |ctx, r| explain::explain(ctx, r);
    GetCost(costs::GetCost) = "GetCost", read, |ctx, r| costs::get_cost(ctx, r);
    LookupEvents(events::LookupEvents) = "LookupEvents", read, |ctx, r| events::lookup_events(ctx, r);
    Lineage(String) = "GetLineage", read, |ctx, id| lineage::lineage(ctx, &id);
    PlanCleanup(cleanup::Cleanup) = "PlanCleanup", read, |ctx, r| cleanup::cleanup(ctx, r);
    ApplyCleanup(cleanup::Cleanup) = "ApplyCleanup", write, |ctx, r| cleanup::cleanup(ctx, r);
    CheckWorld(bool) = "CheckWorld", read, |ctx, full| doctor::check_world(ctx, full);
    ShowClock(()) = "GetClock", read, |ctx, ()| clock::show(ctx);
    AdvanceClock(i64) = "AdvanceClock", write, |ctx, secs| clock::advance(ctx, secs);
    Wait(clock::WaitRequest) = "Wait", write, |ctx, r| clock::wait(ctx, r);
    DescribeImageAttribute(attributes::ImageAttribute) = "DescribeImageAttribute", read, |ctx, r| attributes::describe_image_attribute(ctx, r);
    SetDescription(attributes::SetDescription) = "ModifyImageAttribute", write, |ctx, r| attributes::set_description(ctx, r);
    SetImdsSupport(attributes::SetImdsSupport) = "ModifyImageAttribute", write, |ctx, r| attributes::set_imds_support(ctx, r);
    ResetLaunchPermissions(attributes::ImageAttribute) = "ResetImageAttribute", write, |ctx, r| attributes::reset_launch_permissions(ctx, r);
    DescribeTags(tags::DescribeTags) = "DescribeTags", read, |ctx, r| tags::describe_tags(ctx, r);
    DescribeInstanceAttribute(instances::InstanceAttribute) = "DescribeInstanceAttribute", read, |ctx, r| instances::describe_instance_attribute(ctx, r);
    ModifyInstanceAttribute(instances::ModifyInstanceAttribute) = "ModifyInstanceAttribute", write, |ctx, r| instances::modify_instance_attribute(ctx, r);
    DescribeCreditSpecifications(instances::DescribeInstances) = "DescribeInstanceCreditSpecifications", read, |ctx, r| instances::describe_credit_specifications(ctx, r);
    DescribeVolumes(volumes::DescribeVolumes) = "DescribeVolumes", read, |ctx, r| volumes::describe_volumes(ctx, r);
    DescribeInstanceTypes(Vec<String>) = "DescribeInstanceTypes", read, |ctx, names| instance_types::describe_instance_types(ctx, names);
    DescribeRegions(Vec<String>) = "DescribeRegions", read, |ctx, names| network::describe_regions(ctx, names);
    DescribeAvailabilityZones(Vec<String>) = "DescribeAvailabilityZones", read, |ctx, names| network::describe_availability_zones(ctx, names);
    DescribeAccountAttributes(Vec<String>) = "DescribeAccountAttributes", read, |ctx, names| network::describe_account_attributes(ctx, names);
    DescribeVpcs(network::DescribeNetwork) = "DescribeVpcs", read, |ctx, r| network::describe_vpcs(ctx, r);
    DescribeSubnets(network::DescribeNetwork) = "DescribeSubnets", read, |ctx, r| network::describe_subnets(ctx, r);
    ListCredentials(Option<String>) = "ListAccessKeys", read, |ctx, account| accounts::credentials(ctx, account);
    RotateCredentials(String) = "RotateAccessKey", write, |ctx, account| accounts::rotate_credentials(ctx, &account);
    DescribeInstanceStatus(instance_status::DescribeInstanceStatus) = "DescribeInstanceStatus", read, |ctx, r| instance_status::describe_instance_status(ctx, r);
    DescribeNetworkInterfaces(interfaces::DescribeNetworkInterfaces) = "DescribeNetworkInterfaces", read, |ctx, r| interfaces::describe_network_interfaces(ctx, r);
    CreateKeyPair(key_pairs::CreateKeyPair) = "CreateKeyPair", write, |ctx, r| key_pairs::create_key_pair(ctx, r);
    ImportKeyPair(key_pairs::ImportKeyPair) = "ImportKeyPair", write, |ctx, r| key_pairs::import_key_pair(ctx, r);
    DescribeKeyPairs(key_pairs::DescribeKeyPairs) = "DescribeKeyPairs", read, |ctx, r| key_pairs::describe_key_pairs(ctx, r);
    DeleteKeyPair(key_pairs::DeleteKeyPair) = "DeleteKeyPair", write, |ctx, r| key_pairs::delete_key_pair(ctx, r);
    CreateSecurityGroup(security_groups::CreateSecurityGroup) = "CreateSecurityGroup", write, |ctx, r| security_groups::create_security_group(ctx, r);
    DescribeSecurityGroups(security_groups::DescribeSecurityGroups) = "DescribeSecurityGroups", read, |ctx, r| security_groups::describe_security_groups(ctx, r);
    DeleteSecurityGroup(security_groups::GroupRef) = "DeleteSecurityGroup", write, |ctx, r| security_groups::delete_security_group(ctx, r);
    AuthorizeIngress(security_groups::ChangeRules) = "AuthorizeSecurityGroupIngress", write, |ctx, r| security_groups::change_rules(ctx, r);
    AuthorizeEgress(security_groups::ChangeRules) = "AuthorizeSecurityGroupEgress", write, |ctx, r| security_groups::change_rules(ctx, r);
    RevokeIngress(security_groups::ChangeRules) = "RevokeSecurityGroupIngress", write, |ctx, r| security_groups::change_rules(ctx, r);
    RevokeEgress(security_groups::ChangeRules) = "RevokeSecurityGroupEgress", write, |ctx, r| security_groups::change_rules(ctx, r);
    ImportCatalog(import::ImportCatalog) = "ImportCatalog", write, |ctx, r| import::import_catalog(ctx, r);
    ListCatalog(()) = "ListCatalog", read, |ctx, ()| import::list_catalog(ctx);
}

/// The requests whose operation depends on what they ask: one constructor
/// each, so a front end builds the request and the table names it.
impl Request {
    /// CreateImage from an instance, RegisterImage otherwise.
    pub fn create_image(r: create::CreateImage) -> Request {
        if r.instance_id.is_some() {
            Request::CreateImage(r)
        } else {
            Request::RegisterImage(r)
        }
    }
    pub fn share_image(r: share::ShareImage) -> Request {
        if r.is_query() {
            Request::DescribeLaunchPermissions(r)
        } else {
            Request::ModifyLaunchPermissions(r)
        }
    }
    pub fn share_snapshot(r: share::ShareSnapshot) -> Request {
        if r.is_query() {
            Request::DescribeVolumePermissions(r)
        } else {
            Request::ModifyVolumePermissions(r)
        }
    }
    pub fn change_instances(r: instances::ChangeInstances) -> Request {
        match r.action {
            instances::InstanceAction::Start => Request::StartInstances(r),
            instances::InstanceAction::Stop => Request::StopInstances(r),
            instances::InstanceAction::Terminate => Request::TerminateInstances(r),
        }
    }
    pub fn grant_key(r: keys::GrantKey) -> Request {
        if r.revoke {
            Request::RevokeGrant(r)
        } else {
            Request::CreateGrant(r)
        }
    }
    pub fn block_public_access(on: bool) -> Request {
        if on {
            Request::EnableBlockPublicAccess(())
        } else {
            Request::DisableBlockPublicAccess(())
        }
    }
    pub fn tag(r: tags::TagResource) -> Request {
        if r.tags.is_empty() {
            Request::DeleteTags(r)
        } else {
            Request::CreateTags(r)
        }
    }
    pub fn protect(r: lifecycle::Protect) -> Request {
        if r.off {
            Request::DisableProtection(r)
        } else {
            Request::EnableProtection(r)
        }
    }
    pub fn deprecate(r: lifecycle::Deprecate) -> Request {
        if matches!(r.when, lifecycle::DeprecateAt::Cancel) {
            Request::DisableDeprecation(r)
        } else {
            Request::EnableDeprecation(r)
        }
    }
    pub fn change_rules(r: security_groups::ChangeRules) -> Request {
        match (r.egress, r.revoke) {
            (false, false) => Request::AuthorizeIngress(r),
            (true, false) => Request::AuthorizeEgress(r),
            (false, true) => Request::RevokeIngress(r),
            (true, true) => Request::RevokeEgress(r),
        }
    }
    pub fn cleanup(r: cleanup::Cleanup) -> Request {
        if r.apply {
            Request::ApplyCleanup(r)
        } else {
            Request::PlanCleanup(r)
        }
    }
}
