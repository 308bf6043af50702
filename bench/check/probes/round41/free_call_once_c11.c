/* TRUTH: free — cfg is written only in the call_once routine (line 4); call_once returns after it completed, so each thread's read (line 5) is ordered after it. */
#include <threads.h>
once_flag of = ONCE_FLAG_INIT; int cfg;
static void init(void) { cfg = 42; }
int w(void *a) { call_once(&of, init); return cfg; }
int main(void) { thrd_t p, q; thrd_create(&p, w, 0); thrd_create(&q, w, 0); thrd_join(p, 0); thrd_join(q, 0); return 0; }
