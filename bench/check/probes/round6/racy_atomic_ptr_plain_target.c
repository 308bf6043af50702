/* TRUTH: racy. The pointer is atomic, the int it points to is not: plain write vs plain read of g. */
#include <pthread.h>
#include <stdatomic.h>
int g;
_Atomic(int *) ap = &g;
void *w(void *a) { (void)a; int *p = atomic_load(&ap); *p = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); int r = g; pthread_join(t, 0); return r; }
