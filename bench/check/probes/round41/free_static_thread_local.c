/* TRUTH: free — `calls` is static __thread: each thread has its own copy, so calls++ (line 4) touches distinct objects. */
#include <pthread.h>
int result;
void *w(void *a) { static __thread int calls; calls++; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
