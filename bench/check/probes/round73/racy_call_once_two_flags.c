/* TRUTH: racy — two different once flags run init in both threads concurrently: table writes (line 4) race */
#include <threads.h>
static once_flag f1 = ONCE_FLAG_INIT, f2 = ONCE_FLAG_INIT; int table[4];
static void init(void){ for (int i = 0; i < 4; i++) table[i] = i * i; }
int w1(void *a){ call_once(&f1, init); return table[3]; }
int w2(void *a){ call_once(&f2, init); return table[3]; }
int main(void){ thrd_t t1,t2; thrd_create(&t1,w1,0); thrd_create(&t2,w2,0); thrd_join(t1,0); thrd_join(t2,0); return 0; }
