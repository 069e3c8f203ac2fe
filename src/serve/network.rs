//! The world around the images: DescribeRegions, DescribeAvailabilityZones,
//! DescribeAccountAttributes, DescribeVpcs, DescribeSubnets.

use super::action::Action;
use super::params::*;
use amisim::api::{self, Request};
use amisim::error::{ApiError, Code};
use serde_json::Value;

/// The core request of one of this family's actions.
pub fn request(action: Action, p: &Value) -> Result<Request, ApiError> {
    Ok(match action {
        Action::DescribeRegions => Request::DescribeRegions(names_and_filter(p, "RegionNames", "region-name")?),
        Action::DescribeAvailabilityZones => {
            Request::DescribeAvailabilityZones(names_and_filter(p, "ZoneNames", "zone-name")?)
        }
        Action::DescribeAccountAttributes => Request::DescribeAccountAttributes(strings(p, "AttributeNames")),
        Action::DescribeVpcs => {
            Request::DescribeVpcs(api::network::DescribeNetwork { ids: strings(p, "VpcIds"), filters: filters(p) })
        }
        Action::DescribeSubnets => Request::DescribeSubnets(api::network::DescribeNetwork {
            ids: strings(p, "SubnetIds"),
            filters: filters(p),
        }),
        Action::DescribeNetworkInterfaces => {
            Request::DescribeNetworkInterfaces(api::interfaces::DescribeNetworkInterfaces {
                network_interface_ids: strings(p, "NetworkInterfaceIds"),
                filters: filters(p),
                page: page(p),
            })
        }
        other => return Err(other.not_in_family()),
    })
}

/// The core's answer is already in the action's output shape.
pub fn response(_: Action, _: &Value, out: &api::Response) -> Value {
    out.value().into_owned()
}

/// Names given directly or by their one filter (`region-name`, `zone-name`).
fn names_and_filter(p: &Value, names: &str, filter: &str) -> Result<Vec<String>, ApiError> {
    let mut out = strings(p, names);
    for f in filters(p) {
        match f.name.as_str() {
            n if n == filter => out.extend(f.values),
            // Every simulated region and zone is available and needs no opt-in.
            "state" | "opt-in-status" | "region-name" => {}
            other => {
                return Err(ApiError::new(Code::InvalidParameterValue, format!("The filter '{other}' is invalid")))
            }
        }
    }
    Ok(out)
}
