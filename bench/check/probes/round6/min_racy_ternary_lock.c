/* TRUTH: racy. Thread with arg 0 skips the ?: lock and writes g; thread with arg 1 writes under m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int g;
void *w(void *a) { a ? pthread_mutex_lock(&m) : 0; g++; a ? pthread_mutex_unlock(&m) : 0; return 0; }
int main(void) { pthread_t s, t; pthread_create(&s, 0, w, 0); pthread_create(&t, 0, w, (void *)1); pthread_join(s, 0); pthread_join(t, 0); return g; }
