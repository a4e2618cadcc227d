// A worker thread that fails as it starts, as one with a missing dependency would.
throw new Error("cannot start");
