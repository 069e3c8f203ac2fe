//! DescribeInstanceTypes: the instance types amisim knows, with their
//! architecture, sized from their names.

use super::{Ctx, Response, Shape};
use crate::error::{refuse, Code, OpError};
use serde::Serialize;

/// DescribeInstanceTypes: the types amisim knows, with their architecture.
pub fn describe_instance_types(_ctx: &Ctx, names: Vec<String>) -> Result<Response, OpError> {
    if let Some(bad) = names.iter().find(|n| !super::launch::INSTANCE_TYPES.iter().any(|(t, _)| t == n)) {
        return refuse(
            Code::InvalidInstanceType,
            format!("The following supplied instance types do not exist: [{bad}]"),
        );
    }
    let instance_types = super::launch::INSTANCE_TYPES
        .iter()
        .filter(|(t, _)| names.is_empty() || names.iter().any(|n| n == t))
        .map(|&(t, arch)| InstanceType::of(t, arch))
        .collect();
    Ok(Response::typed(Shape::Record, InstanceTypes { instance_types }))
}

/// DescribeInstanceTypes.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceTypes {
    pub instance_types: Vec<InstanceType>,
}

/// What DescribeInstanceTypes says of a type: its size from its name, and
/// the answers every simulated type shares.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceType {
    pub instance_type: &'static str,
    pub current_generation: bool,
    pub free_tier_eligible: bool,
    pub supported_usage_classes: [&'static str; 2],
    pub supported_root_device_types: [&'static str; 1],
    pub supported_virtualization_types: [&'static str; 1],
    pub bare_metal: bool,
    pub hypervisor: &'static str,
    pub processor_info: ProcessorInfo,
    #[serde(rename = "VCpuInfo")]
    pub v_cpu_info: VCpuInfo,
    pub memory_info: MemoryInfo,
    pub instance_storage_supported: bool,
    pub burstable_performance_supported: bool,
    pub ebs_info: EbsInfo,
    pub network_info: NetworkInfo,
    pub placement_group_info: PlacementGroupInfo,
    pub hibernation_supported: bool,
    pub dedicated_hosts_supported: bool,
    pub auto_recovery_supported: bool,
    pub supported_boot_modes: [&'static str; 2],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProcessorInfo {
    pub supported_architectures: [&'static str; 1],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct VCpuInfo {
    #[serde(rename = "DefaultVCpus")]
    pub default_v_cpus: i64,
    pub default_cores: i64,
    pub default_threads_per_core: i64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MemoryInfo {
    #[serde(rename = "SizeInMiB")]
    pub size_in_mib: i64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct EbsInfo {
    pub ebs_optimized_support: &'static str,
    pub encryption_support: &'static str,
    pub nvme_support: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkInfo {
    pub network_performance: &'static str,
    pub maximum_network_interfaces: i64,
    pub ipv4_addresses_per_interface: i64,
    pub ena_support: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PlacementGroupInfo {
    pub supported_strategies: [&'static str; 2],
}

impl InstanceType {
    fn of(t: &'static str, arch: &'static str) -> InstanceType {
        let size = t.split('.').nth(1).unwrap_or("micro");
        let (vcpus, mib) = match size {
            "nano" => (2, 512),
            "micro" => (2, 1024),
            "small" => (2, 2048),
            "medium" => (2, 4096),
            "large" => (2, 8192),
            _ => (4, 16384),
        };
        InstanceType {
            instance_type: t,
            current_generation: true,
            free_tier_eligible: t == "t2.micro" || t == "t3.micro",
            supported_usage_classes: ["on-demand", "spot"],
            supported_root_device_types: ["ebs"],
            supported_virtualization_types: ["hvm"],
            bare_metal: false,
            hypervisor: "nitro",
            processor_info: ProcessorInfo { supported_architectures: [arch] },
            v_cpu_info: VCpuInfo { default_v_cpus: vcpus, default_cores: vcpus / 2, default_threads_per_core: 2 },
            memory_info: MemoryInfo { size_in_mib: mib },
            instance_storage_supported: false,
            burstable_performance_supported: t.starts_with('t'),
            ebs_info: EbsInfo {
                ebs_optimized_support: "default",
                encryption_support: "supported",
                nvme_support: "required",
            },
            network_info: NetworkInfo {
                network_performance: "Up to 5 Gigabit",
                maximum_network_interfaces: 2,
                ipv4_addresses_per_interface: 2,
                ena_support: "required",
            },
            placement_group_info: PlacementGroupInfo { supported_strategies: ["partition", "spread"] },
            hibernation_supported: false,
            dedicated_hosts_supported: false,
            auto_recovery_supported: true,
            supported_boot_modes: ["legacy-bios", "uefi"],
        }
    }
}
