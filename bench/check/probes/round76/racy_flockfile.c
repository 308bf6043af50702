/* TRUTH: racy — threads lock different streams (stdout vs stderr) */
#include <pthread.h>
#include <stdio.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a) { flockfile(stdout); x++; funlockfile(stdout); return 0; }
void *g(void *a) { flockfile(stderr); x++; funlockfile(stderr); return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
