/* TRUTH: racy — producer sets ready (line 4) without m while consumer reads it under m (line 5) */
#include <threads.h>
int data, ready; mtx_t m; cnd_t c;
int prod(void *a){ data = 7; ready = 1; cnd_broadcast(&c); return 0; }
int cons(void *a){ mtx_lock(&m); while (!ready) { struct timespec ts; timespec_get(&ts, TIME_UTC); ts.tv_sec++; cnd_timedwait(&c, &m, &ts); } mtx_unlock(&m); return data; }
int main(void){ thrd_t t1,t2; mtx_init(&m, mtx_plain); cnd_init(&c);
  thrd_create(&t1,cons,0); thrd_create(&t2,prod,0); thrd_join(t1,0); thrd_join(t2,0); return 0; }
