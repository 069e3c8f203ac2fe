pub mod clock; pub mod error; pub mod ids; pub mod model; pub mod regions; pub mod store;
