/* TRUTH: racy — w1 increments g under m1 (line 4), w2 under m2 (line 5): no common lock */
#include <threads.h>
int g; mtx_t m1, m2;
int w1(void *a){ mtx_lock(&m1); g++; mtx_unlock(&m1); return 0; }
int w2(void *a){ mtx_lock(&m2); g++; mtx_unlock(&m2); return 0; }
int main(void){ thrd_t t1,t2; mtx_init(&m1, mtx_plain); mtx_init(&m2, mtx_plain);
  thrd_create(&t1,w1,0); thrd_create(&t2,w2,0); thrd_join(t1,0); thrd_join(t2,0); return g; }
