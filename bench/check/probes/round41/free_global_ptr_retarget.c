/* TRUTH: free — gp is initialized to &b but main sets gp=&a before creating threads; t1 writes *gp (=a, line 5), t2 writes b (line 6): different objects. */
#include <pthread.h>
int a, b;
int *gp = &b;
void *t1(void *x) { *gp = 1; return 0; }
void *t2(void *x) { b = 2; return 0; }
int main(void) { pthread_t p, q; gp = &a;
  pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return a + b; }
