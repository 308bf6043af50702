/* TRUTH: racy — a and b are adjacent bit-fields (one memory location); t1 writes s.a (line 7), t2 writes s.b (line 8) concurrently, no sync. */
#include <pthread.h>
struct S { unsigned a : 4; unsigned b : 4; int pad; };
struct S s;
void *t1(void *x) { s.a = 1; return 0; }
void *t2(void *x) { s.b = 2; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
