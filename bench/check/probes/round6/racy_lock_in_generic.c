/* TRUTH: racy. _Generic's controlling expression is not evaluated, so the lock is never taken. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
#define TAKE(l) _Generic(pthread_mutex_lock(l), int: 0)
#define DROP(l) _Generic(pthread_mutex_unlock(l), int: 0)
void *w(void *a) { (void)a; (void)TAKE(&m); g++; (void)DROP(&m); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return g; }
