/* TRUTH: racy. Worker A may copy L (= &m1) before main sets L = &m2 under meta; B then uses m2; x guarded by two mutexes. */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER, meta = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *L = &m1; int x;
void *w(void *a) { pthread_mutex_t *l; (void)a; pthread_mutex_lock(&meta); l = L; pthread_mutex_unlock(&meta);
  pthread_mutex_lock(l); x++; pthread_mutex_unlock(l); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0);
  pthread_mutex_lock(&meta); L = &m2; pthread_mutex_unlock(&meta);
  pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return x; }
