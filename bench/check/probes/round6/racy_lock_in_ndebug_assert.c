/* TRUTH: racy. NDEBUG makes assert() discard the lock call; g++ is unprotected in both threads. */
#define NDEBUG
#include <assert.h>
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) { (void)a; assert(pthread_mutex_lock(&m) == 0); g++; assert(pthread_mutex_unlock(&m) == 0); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return g; }
