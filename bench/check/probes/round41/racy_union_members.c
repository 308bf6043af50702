/* TRUTH: racy — u.i and u.s[1] overlap (same union storage); t1 writes u.i (line 4), t2 writes u.s[1] (line 5). */
#include <pthread.h>
union U { int i; short s[2]; } u;
void *t1(void *a) { u.i = 1; return 0; }
void *t2(void *a) { u.s[1] = 2; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return u.i; }
