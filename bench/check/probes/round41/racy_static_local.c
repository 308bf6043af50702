/* TRUTH: racy — `calls` is a function-static (one object); two instances of w do calls++ (line 4) unsynchronized. */
#include <pthread.h>
int result;
void *w(void *a) { static int calls; calls++; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
