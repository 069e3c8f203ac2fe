//! `clock show|advance`, `wait`, and `--wait` (R-CLK-1, R-CLK-2).

use super::{Ctx, Response, WaitFor};
use crate::clock;
use crate::error::{refuse, Code, Error, OpError};
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Waiter {
    ImageAvailable,
    InstanceRunning,
}

impl Waiter {
    pub fn name(self) -> &'static str {
        match self {
            Waiter::ImageAvailable => "ImageAvailable",
            Waiter::InstanceRunning => "InstanceRunning",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct WaitRequest {
    pub waiter: Waiter,
    pub ids: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
}

pub fn show(ctx: &Ctx) -> Result<Response, OpError> {
    Ok(Response::typed(super::Shape::Record, super::output::Now { now: clock::format(ctx.now) }))
}

/// Moves the clock and settles everything that came due (R-CLK-1).
pub fn move_to(ctx: &Ctx, t: i64) -> Result<(), OpError> {
    store::set_now(ctx.db, t)?;
    Ok(store::settle(ctx.db, t)?)
}

pub fn advance(ctx: &Ctx, secs: i64) -> Result<Response, OpError> {
    if secs < 0 {
        return refuse(Code::InvalidParameterValue, "The clock only moves forward");
    }
    if secs > 100 * 365 * clock::DAY {
        return refuse(Code::InvalidParameterValue, "Advance the clock by at most 100 years at a time");
    }
    move_to(ctx, ctx.now + secs)?;
    Ok(Response::typed(super::Shape::Record, super::output::Now { now: clock::format(ctx.now + secs) }))
}

pub fn wait(_ctx: &Ctx, r: WaitRequest) -> Result<Response, OpError> {
    // Validate the IDs as the describe calls of a real waiter would.
    for id in &r.ids {
        match r.waiter {
            Waiter::ImageAvailable => crate::ids::check_image_id(id)?,
            Waiter::InstanceRunning => crate::ids::check_instance_id(id)?,
        }
    }
    let mut resp = Response::record(serde_json::Value::Null);
    resp.shape = super::Shape::Empty;
    resp.wait = Some(WaitFor { waiter: r.waiter, ids: r.ids, timeout: r.timeout });
    Ok(resp)
}

/// Where each awaited resource stands: settles at (if pending), or a terminal failure.
enum Status {
    Done,
    PendingUntil(i64),
    Failed(String),
    Missing(String),
}

fn status(ctx: &Ctx, w: &WaitFor, id: &str) -> Result<Status, rusqlite::Error> {
    Ok(match w.waiter {
        Waiter::ImageAvailable => match store::find_image(ctx.db, ctx.region, id, ctx.account)? {
            None => Status::Missing(format!("The image id '[{id}]' does not exist")),
            Some(i) => match i.state.as_str() {
                "available" => Status::Done,
                "pending" => Status::PendingUntil(i.ready_at),
                s => Status::Failed(format!("Waiter encountered a terminal failure state: image {id} is {s}")),
            },
        },
        Waiter::InstanceRunning => {
            match store::instances(ctx.db, ctx.account, ctx.region, Some(&[id.to_string()]))?.pop() {
                None => Status::Missing(format!("The instance ID '{id}' does not exist")),
                Some(i) => match i.state.name.as_str() {
                    "running" => Status::Done,
                    "pending" => Status::PendingUntil(store::instance_ready_at(ctx.db, i.row)?),
                    s => Status::Failed(format!(
                        "Waiter encountered a terminal failure state: instance {id} is {s}{}",
                        i.state_reason.map(|r| format!(" ({})", r.code)).unwrap_or_default()
                    )),
                },
            }
        }
    })
}

/// Advances the clock until every resource settles, fails, or the timeout passes (R-CLK-2).
pub fn run_waiter(ctx: &Ctx, w: &WaitFor) -> Result<Option<Error>, Error> {
    let fail = |reason: String| Some(Error::Waiter { waiter: w.waiter.name().into(), reason });
    let deadline = w.timeout.map(|t| ctx.now + t);
    let mut now = ctx.now;
    loop {
        let mut latest: Option<i64> = None;
        for id in &w.ids {
            match status(&Ctx { now, ..ctx.with(ctx.account, ctx.region) }, w, id)? {
                Status::Done => {}
                Status::PendingUntil(t) => latest = Some(latest.map_or(t, |l: i64| l.max(t))),
                Status::Failed(reason) | Status::Missing(reason) => return Ok(fail(reason)),
            }
        }
        let Some(target) = latest else {
            return Ok(None);
        };
        if let Some(d) = deadline {
            if target > d {
                move_to(ctx, d.max(now)).map_err(|e| e.in_operation("Wait"))?;
                return Ok(fail(format!(
                    "Max attempts exceeded: still pending after {}",
                    clock::format_duration(d - ctx.now)
                )));
            }
        }
        move_to(ctx, target).map_err(|e| e.in_operation("Wait"))?;
        now = target;
    }
}
