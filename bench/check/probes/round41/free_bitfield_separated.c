/* TRUTH: free — bit-fields a and b are separated by the non-bit-field member mid, so they are distinct memory locations; t1 writes s.a, t2 writes s.b. */
#include <pthread.h>
struct S { unsigned a : 3; char mid; unsigned b : 3; };
struct S s;
void *t1(void *x) { s.a = 1; return 0; }
void *t2(void *x) { s.b = 2; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
