/* TRUTH: free — a zero-width bit-field `unsigned : 0` separates a and b into distinct memory locations (C11 3.14); t1 writes s.a, t2 writes s.b: different locations. */
#include <pthread.h>
struct S { unsigned a : 4; unsigned : 0; unsigned b : 4; int pad; };
struct S s;
void *t1(void *x) { s.a = 1; return 0; }
void *t2(void *x) { s.b = 2; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
