//! Hands the name of the operation a request ran to the HTTP layer, which
//! logs and measures requests by it (the name may come from the document
//! rather than the request's `operationName`).

use std::sync::{Arc, OnceLock};

use async_graphql::{
    Response,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextExecute},
};

/// Where the executed operation's name is left; put it in the request's data.
#[derive(Clone, Default)]
pub struct OperationName(Arc<OnceLock<String>>);

impl OperationName {
    pub fn get(&self) -> Option<&str> {
        self.0.get().map(String::as_str)
    }
}

pub struct ObserveOperation;

impl ExtensionFactory for ObserveOperation {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(ObserveOperationExtension)
    }
}

struct ObserveOperationExtension;

#[async_graphql::async_trait::async_trait]
impl Extension for ObserveOperationExtension {
    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        if let (Some(name), Some(slot)) = (operation_name, ctx.data_opt::<OperationName>()) {
            let _ = slot.0.set(name.to_owned());
        }
        next.run(ctx, operation_name).await
    }
}
