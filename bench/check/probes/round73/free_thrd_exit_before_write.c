/* TRUTH: free — the g write (line 5) in the worker follows thrd_exit and never runs; main's write is the only access at run time */
#include <threads.h>
int g;
static _Noreturn void finish(void){ thrd_exit(0); }
int w(void *a){ finish(); g = 1; return 0; }
int main(void){ thrd_t t; thrd_create(&t, w, 0); g = 2; thrd_join(t, 0); return g; }
