/* TRUTH: racy — gp is initialized to &a but main sets gp=&b before creating threads; t1 writes *gp (=b, line 5) and t2 writes b (line 6). */
#include <pthread.h>
int a, b;
int *gp = &a;
void *t1(void *x) { *gp = 1; return 0; }
void *t2(void *x) { b = 2; return 0; }
int main(void) { pthread_t p, q; gp = &b;
  pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return a + b; }
