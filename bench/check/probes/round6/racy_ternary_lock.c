/* TRUTH: racy. Thread with id 0 skips the lock via ?: and increments g unlocked; thread 1 locks. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) { long id = (long)a; id ? pthread_mutex_lock(&m) : 0; g++; id ? pthread_mutex_unlock(&m) : 0; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, (void *)0); pthread_create(&b, 0, w, (void *)1); pthread_join(a, 0); pthread_join(b, 0); return g; }
