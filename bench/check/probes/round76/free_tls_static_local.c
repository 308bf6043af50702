/* TRUTH: free — counter is a static __thread local, per thread */
#include <pthread.h>
static int tick(void) { static __thread int counter; return ++counter; }
void *f(void *a) { tick(); return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); tick(); pthread_join(t, 0); return 0; }
