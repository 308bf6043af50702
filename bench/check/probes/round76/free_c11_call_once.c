/* TRUTH: free — call_once runs init exactly once and all callers return after it completed; others only read */
#include <threads.h>
int x; once_flag fl = ONCE_FLAG_INIT;
static void init(void) { x = 42; }
int f(void *a) { call_once(&fl, init); return x; }
int main(void){ thrd_t a, b; thrd_create(&a, f, 0); thrd_create(&b, f, 0); thrd_join(a, 0); thrd_join(b, 0); return 0; }
