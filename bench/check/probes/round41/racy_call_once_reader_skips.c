/* TRUTH: racy — reader r reads cfg (line 6) without calling call_once, concurrently with the initializer's write cfg=42 (line 4) run by thread w. */
#include <threads.h>
once_flag of = ONCE_FLAG_INIT; int cfg;
static void init(void) { cfg = 42; }
int w(void *a) { call_once(&of, init); return 0; }
int r(void *a) { return cfg; }
int main(void) { thrd_t p, q; thrd_create(&p, w, 0); thrd_create(&q, r, 0); thrd_join(p, 0); thrd_join(q, 0); return 0; }
