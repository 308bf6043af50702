/* TRUTH: racy. The static counter inside a static inline helper is one object shared by both threads. */
#include <pthread.h>
static inline int next_id(void) { static int id; return ++id; }
void *w(void *a) { (void)a; return (void *)(long)next_id(); }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); int r = next_id(); pthread_join(t, 0); return r; }
