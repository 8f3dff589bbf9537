/**
 * Imported first by `main`: libuv's thread pool (4 threads by default) runs both the SQLite
 * queries and the argon2id hashes, and four log-ins hashing at once would leave every query
 * waiting behind them. Set before the pool is first used; an operator's own value wins.
 */
process.env.UV_THREADPOOL_SIZE ??= '12';
