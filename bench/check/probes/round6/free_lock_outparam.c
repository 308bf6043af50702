/* TRUTH: race-free. getlock() returns &m through an out-parameter; worker and main both lock m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
static void getlock(pthread_mutex_t **out) { *out = &m; }
void *w(void *a) { pthread_mutex_t *l; (void)a; getlock(&l); pthread_mutex_lock(l); g++; pthread_mutex_unlock(l); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); pthread_mutex_lock(&m); g--; pthread_mutex_unlock(&m); pthread_join(t, 0); return g; }
