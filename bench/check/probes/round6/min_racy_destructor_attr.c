/* TRUTH: racy. main returns with the worker unjoined; the destructor writes g at exit while the worker may read it. */
#include <pthread.h>
int g;
__attribute__((destructor)) static void fini(void) { g = 0; }
void *w(void *a) { (void)a; return (void *)(long)g; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); return 0; }
