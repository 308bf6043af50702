/* TRUTH: racy. The destructor runs at exit while the never-joined worker may be reading g. */
#include <pthread.h>
int g;
__attribute__((destructor)) static void fini(void) { g = 0; }
void *w(void *a) { (void)a; return (void *)(long)g; }
int main(void) { pthread_t t; g = 1; pthread_create(&t, 0, w, 0); return 0; }
