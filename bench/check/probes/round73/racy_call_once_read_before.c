/* TRUTH: racy — r reads table[3] (line 6) before calling call_once, while the other thread's init writes it (line 4) */
#include <threads.h>
static once_flag fl = ONCE_FLAG_INIT; int table[4];
static void init(void){ for (int i = 0; i < 4; i++) table[i] = i * i; }
int w(void *a){ call_once(&fl, init); return table[3]; }
int r(void *a){ int v = table[3]; call_once(&fl, init); return v; }
int main(void){ thrd_t t1,t2; thrd_create(&t1,w,0); thrd_create(&t2,r,0); thrd_join(t1,0); thrd_join(t2,0); return 0; }
