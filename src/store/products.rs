use crate::model::Product;
use rusqlite::{params, Connection, OptionalExtension};

pub fn insert_product(
    conn: &Connection,
    code: &str,
    name: &str,
    seller: &str,
    price: f64,
    image_id: Option<&str>,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO products (product_code, name, seller_id, price, image_id) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![code, name, seller, price, image_id])?;
    Ok(())
}

fn row(r: &rusqlite::Row) -> rusqlite::Result<Product> {
    Ok(Product {
        product_code_id: r.get(0)?,
        name: r.get(1)?,
        seller_id: r.get(2)?,
        price_per_hour: r.get(3)?,
        subscribed: r.get(4)?,
    })
}

pub fn products(conn: &Connection, viewer: &str) -> rusqlite::Result<Vec<Product>> {
    let mut st = conn.prepare_cached(
        "SELECT p.product_code, p.name, p.seller_id, p.price,
            EXISTS (SELECT 1 FROM subscriptions s WHERE s.product_code = p.product_code AND s.account_id = ?1)
         FROM products p ORDER BY p.name",
    )?;
    let rows = st.query_map([viewer], row)?;
    rows.collect()
}

pub fn product(conn: &Connection, code: &str, viewer: &str) -> rusqlite::Result<Option<Product>> {
    conn.prepare_cached(
        "SELECT p.product_code, p.name, p.seller_id, p.price,
            EXISTS (SELECT 1 FROM subscriptions s WHERE s.product_code = p.product_code AND s.account_id = ?2)
         FROM products p WHERE p.product_code = ?1",
    )?
    .query_row([code, viewer], row)
    .optional()
}

pub fn subscribe(conn: &Connection, account: &str, code: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO subscriptions (account_id, product_code) VALUES (?1, ?2)")?
        .execute([account, code])?;
    Ok(())
}
