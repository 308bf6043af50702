/* TRUTH: race-free. The static __thread counter inside the helper is per thread. */
#include <pthread.h>
static inline int bump(void) { static __thread int n; return ++n; }
void *w(void *a) { (void)a; bump(); return (void *)(long)bump(); }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); int r = bump(); pthread_join(t, 0); return r; }
