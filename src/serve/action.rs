//! Every EC2 action the endpoint serves, typed: parsed once from the `Action`
//! parameter, each in its resource family (as moto lays out its responses).
//! The served list and `InvalidAction` derive from this one table.

use amisim::error::{ApiError, Code};

macro_rules! actions {
    ($( $family:ident: [$($action:ident),* $(,)?] )*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Action { $($($action,)*)* }

        /// The resource family whose module decodes and encodes an action.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Family { $($family,)* }

        impl Action {
            /// Every served action, in the table's order.
            pub const ALL: &'static [Action] = &[$($(Action::$action,)*)*];

            pub fn name(self) -> &'static str {
                match self { $($(Action::$action => stringify!($action),)*)* }
            }

            pub fn family(self) -> Family {
                match self { $($(Action::$action => Family::$family,)*)* }
            }
        }
    };
}

actions! {
    Images: [
        DescribeImages, CreateImage, RegisterImage, CopyImage, DeregisterImage, DescribeImageAttribute,
        ModifyImageAttribute, ResetImageAttribute, EnableImageDeprecation, DisableImageDeprecation,
        EnableImageDeregistrationProtection, DisableImageDeregistrationProtection, EnableImage, DisableImage,
        EnableImageBlockPublicAccess, DisableImageBlockPublicAccess, GetImageBlockPublicAccessState,
    ]
    Snapshots: [
        DescribeSnapshots, CopySnapshot, DeleteSnapshot, DescribeSnapshotAttribute, ModifySnapshotAttribute,
        ModifySnapshotTier, RestoreSnapshotTier,
    ]
    Tags: [CreateTags, DeleteTags, DescribeTags]
    Instances: [
        RunInstances, DescribeInstances, StartInstances, StopInstances, TerminateInstances,
        DescribeInstanceAttribute, ModifyInstanceAttribute, DescribeInstanceTypes,
        DescribeInstanceCreditSpecifications, GetInstanceUefiData, DescribeVolumes, DescribeInstanceStatus,
    ]
    Security: [
        CreateKeyPair, ImportKeyPair, DescribeKeyPairs, DeleteKeyPair, CreateSecurityGroup,
        DescribeSecurityGroups, DeleteSecurityGroup, AuthorizeSecurityGroupIngress, AuthorizeSecurityGroupEgress,
        RevokeSecurityGroupIngress, RevokeSecurityGroupEgress,
    ]
    Network: [
        DescribeRegions, DescribeAvailabilityZones, DescribeAccountAttributes, DescribeVpcs, DescribeSubnets,
        DescribeNetworkInterfaces,
    ]
}

impl Action {
    /// The served action of that name; anything else is `InvalidAction`.
    pub fn parse(name: &str) -> Result<Action, ApiError> {
        Action::ALL.iter().copied().find(|a| a.name() == name).ok_or_else(|| {
            ApiError::new(Code::InvalidAction, format!("The action {name} is not valid for this web service."))
        })
    }

    /// A family module asked for an action of another family: a bug in the dispatch.
    pub fn not_in_family(self) -> ApiError {
        ApiError::new(Code::InternalError, format!("{} was sent to the wrong family", self.name()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_served_action_is_in_the_model_and_back() {
        let m = super::super::model::get();
        for a in Action::ALL {
            assert!(m.operations.contains_key(a.name()), "{a:?} is served but not in ec2-model.json");
        }
        for name in m.operations.keys() {
            assert!(Action::parse(name).is_ok(), "{name} is in ec2-model.json but not served");
        }
        assert_eq!(Action::parse("RunScheduledInstances").unwrap_err().code, Code::InvalidAction);
    }
}
