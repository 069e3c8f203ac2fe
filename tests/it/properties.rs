//! Property tests: random sequences of operations by random accounts never panic,
//! never break the world's invariants, and every refused operation leaves the
//! world exactly as it was.
use amisim::api::{self, Caller, Request};
use amisim::error::Error;
use amisim::store::{self, Store};
use proptest::prelude::*;

const ACCOUNTS: [&str; 3] = ["111122223333", "222233334444", "333344445555"];
const REGIONS: [&str; 2] = ["us-east-1", "eu-west-1"];

#[derive(Debug, Clone)]
enum Op {
    Create { encrypted: bool, store: bool },
    Copy { image: usize, cross: bool, encrypted: bool, unencrypted: bool },
    Share { image: usize, to: usize, snapshots: bool, public: bool, remove: bool },
    Launch { image: usize },
    Deregister { image: usize, delete: bool },
    Disable { image: usize },
    Enable { image: usize },
    Deprecate { image: usize },
    Protect { image: usize, off: bool },
    DeleteSnapshot { image: usize },
    Archive { image: usize },
    Advance { minutes: i64 },
    PublicAccess { off: bool },
}

fn op() -> impl Strategy<Value = Op> {
    let i = 0usize..12;
    prop_oneof![
        3 => (any::<bool>(), prop::bool::weighted(0.1)).prop_map(|(encrypted, store)| Op::Create { encrypted, store }),
        3 => (i.clone(), any::<bool>(), any::<bool>(), prop::bool::weighted(0.2))
            .prop_map(|(image, cross, encrypted, unencrypted)| Op::Copy { image, cross, encrypted, unencrypted }),
        2 => (i.clone(), 0usize..3, any::<bool>(), prop::bool::weighted(0.2), prop::bool::weighted(0.2))
            .prop_map(|(image, to, snapshots, public, remove)| Op::Share { image, to, snapshots, public, remove }),
        2 => i.clone().prop_map(|image| Op::Launch { image }),
        1 => (i.clone(), any::<bool>()).prop_map(|(image, delete)| Op::Deregister { image, delete }),
        1 => i.clone().prop_map(|image| Op::Disable { image }),
        1 => i.clone().prop_map(|image| Op::Enable { image }),
        1 => i.clone().prop_map(|image| Op::Deprecate { image }),
        1 => (i.clone(), any::<bool>()).prop_map(|(image, off)| Op::Protect { image, off }),
        1 => i.clone().prop_map(|image| Op::DeleteSnapshot { image }),
        1 => i.clone().prop_map(|image| Op::Archive { image }),
        2 => (1i64..600).prop_map(|minutes| Op::Advance { minutes }),
        1 => any::<bool>().prop_map(|off| Op::PublicAccess { off }),
    ]
}

/// Everything but the audit log.
fn dump(conn: &rusqlite::Connection) -> String {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'events' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for t in tables {
        let mut st = conn.prepare(&format!("SELECT * FROM {t} ORDER BY 1, 2")).unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..n {
                out.push_str(&format!("{:?}|", r.get_ref(i).unwrap()));
            }
            out.push('\n');
        }
    }
    out
}

/// A known image (and its region) by index, or a made-up one.
fn pick(images: &[(String, String)], i: usize) -> (String, String) {
    images.get(i % images.len().max(1)).cloned().unwrap_or_else(|| ("ami-00000000000000001".into(), "us-east-1".into()))
}

fn request(op: &Op, images: &[(String, String)], snapshots: &[String], n: usize) -> (Request, Option<&'static str>) {
    use api::*;
    let img = |i: usize| pick(images, i);
    match op {
        Op::Create { encrypted, store } => (
            Request::create_image(create::CreateImage {
                name: format!("img-{n}"),
                encrypted: *encrypted && !store,
                instance_store: *store,
                ..Default::default()
            }),
            None,
        ),
        Op::Copy { image, cross, encrypted, unencrypted } => {
            let (id, region) = img(*image);
            let dest = if *cross { REGIONS.iter().find(|r| **r != region).copied() } else { None };
            (
                Request::CopyImage(copy::CopyImage {
                    source_image_id: id,
                    source_region: region,
                    name: format!("copy-{n}"),
                    encrypted: *encrypted,
                    unencrypted: *unencrypted,
                    ..Default::default()
                }),
                dest,
            )
        }
        Op::Share { image, to, snapshots, public, remove } => {
            let (id, _) = img(*image);
            let who = vec![ACCOUNTS[*to].to_string()];
            let (add, rm) = if *remove { (vec![], who) } else { (who, vec![]) };
            (
                Request::share_image(share::ShareImage {
                    image_id: id,
                    add,
                    remove: rm,
                    public: *public,
                    with_snapshots: *snapshots,
                    ..Default::default()
                }),
                None,
            )
        }
        Op::Launch { image } => (
            Request::RunInstances(launch::RunInstances {
                image_id: img(*image).0,
                count: 1,
                wait: Wait::default(),
                ..Default::default()
            }),
            None,
        ),
        Op::Deregister { image, delete } => (
            Request::Deregister(lifecycle::Deregister {
                image_id: img(*image).0,
                delete_associated_snapshots: *delete,
            }),
            None,
        ),
        Op::Disable { image } => (Request::Disable(img(*image).0), None),
        Op::Enable { image } => (Request::Enable(img(*image).0), None),
        Op::Deprecate { image } => (
            Request::deprecate(lifecycle::Deprecate {
                image_id: img(*image).0,
                when: lifecycle::DeprecateAt::In(3600),
            }),
            None,
        ),
        Op::Protect { image, off } => (
            Request::protect(lifecycle::Protect { image_id: img(*image).0, with_cooldown: n % 2 == 0, off: *off }),
            None,
        ),
        Op::DeleteSnapshot { image } | Op::Archive { image } => {
            let snap = snapshots
                .get(image % snapshots.len().max(1))
                .cloned()
                .unwrap_or_else(|| "snap-00000000000000001".into());
            if matches!(op, Op::Archive { .. }) {
                (Request::ArchiveSnapshot(snap), None)
            } else {
                (Request::DeleteSnapshot(snap), None)
            }
        }
        Op::Advance { minutes } => (Request::AdvanceClock(minutes * 60), None),
        Op::PublicAccess { off } => (Request::block_public_access(!off), None),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_operations_keep_the_world_sound(ops in prop::collection::vec((op(), 0usize..3, 0usize..2), 1..40), batched in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        let mut store = Store::open_or_create(&path, |c| amisim::catalog::new_world(c, 0)).unwrap();
        // Batched: every call a savepoint inside one transaction, as `drill run` does.
        if batched {
            store.conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        }
        let mut images: Vec<(String, String)> = Vec::new();
        let mut snapshots: Vec<String> = Vec::new();
        for (n, (op, who, region)) in ops.iter().enumerate() {
            let (req, dest) = request(op, &images, &snapshots, n);
            let caller = Caller::new(ACCOUNTS[*who].into(), dest.unwrap_or(REGIONS[*region]).into());
            let before = dump(&store.conn);
            match api::call(&mut store.conn, &caller, req, false) {
                Ok(out) => {
                    if let Some(id) = out.response.value().get("ImageId").and_then(|v| v.as_str()) {
                        if matches!(op, Op::Create { .. } | Op::Copy { .. }) {
                            images.push((id.to_string(), caller.region.clone()));
                            if let Some(i) = store::find_image(&store.conn, &caller.region, id, &caller.account).unwrap() {
                                snapshots.extend(i.snapshot_ids().map(str::to_string));
                            }
                        }
                    }
                }
                Err(Error::Api { error, .. }) => {
                    prop_assert_eq!(&before, &dump(&store.conn), "refused {:?} ({}) changed the world", op, error.code);
                }
                Err(other) => prop_assert!(false, "{:?} failed outside the service: {}", op, other),
            }
        }
        if batched {
            store.conn.execute_batch("COMMIT").unwrap();
        }
        let problems = store::checks::problems(&store.conn, false).unwrap();
        prop_assert!(problems.is_empty(), "{:?}", problems);
    }
}
