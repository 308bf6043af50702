/* TRUTH: free — table initialized once inside call_once; both threads read after call_once */
#include <threads.h>
static once_flag fl = ONCE_FLAG_INIT; int table[4];
static void init(void){ for (int i = 0; i < 4; i++) table[i] = i * i; }
int w(void *a){ call_once(&fl, init); return table[3]; }
int main(void){ thrd_t t1,t2; thrd_create(&t1,w,0); thrd_create(&t2,w,0); thrd_join(t1,0); thrd_join(t2,0); return 0; }
