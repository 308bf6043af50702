/* TRUTH: free — errno is thread-local */
#include <pthread.h>
#include <errno.h>
void *f(void *a) { errno = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); errno = 2; pthread_join(t, 0); return 0; }
