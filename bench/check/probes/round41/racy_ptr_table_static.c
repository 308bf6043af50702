/* TRUTH: racy — ptrs[1] is &b (static initializer); t1 writes *ptrs[1] (= b, line 5), t2 writes b (line 6). */
#include <pthread.h>
int a, b;
int *ptrs[2] = { &a, &b };
void *t1(void *x) { *ptrs[1] = 1; return 0; }
void *t2(void *x) { b = 2; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return b; }
