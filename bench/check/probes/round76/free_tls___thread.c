/* TRUTH: free — x is thread-local (__thread), each thread writes its own copy */
#include <pthread.h>
__thread int x;
void *f(void *a) { x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return x; }
