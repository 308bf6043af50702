/* TRUTH: racy — producer writes data (line 4) after publishing ready; consumer reads data (line 5) after seeing ready */
#include <threads.h>
int data, ready; mtx_t m; cnd_t c;
int prod(void *a){ mtx_lock(&m); ready = 1; cnd_signal(&c); mtx_unlock(&m); data = 7; return 0; }
int cons(void *a){ mtx_lock(&m); while (!ready) cnd_wait(&c, &m); mtx_unlock(&m); return data; }
int main(void){ thrd_t t1,t2; mtx_init(&m, mtx_plain); cnd_init(&c);
  thrd_create(&t1,cons,0); thrd_create(&t2,prod,0); thrd_join(t1,0); thrd_join(t2,0); return 0; }
