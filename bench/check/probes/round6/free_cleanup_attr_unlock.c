/* TRUTH: race-free. A scope guard locks m on entry and the cleanup attribute unlocks it on exit. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
static void release(pthread_mutex_t **l) { pthread_mutex_unlock(*l); }
static pthread_mutex_t *acquire(pthread_mutex_t *l) { pthread_mutex_lock(l); return l; }
#define GUARD(l) pthread_mutex_t *_guard __attribute__((cleanup(release))) = acquire(l)
void *w(void *a) { (void)a; { GUARD(&m); g++; } return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); { GUARD(&m); g--; } pthread_join(t, 0); return g; }
