/* TRUTH: racy. Worker A may pick lock m1 before main retargets L to m2; worker B then uses m2;
   both increment x under different mutexes. */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER, meta = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *L = &m1;
int x;
void *w(void *a) { pthread_mutex_t *mine; (void)a;
  pthread_mutex_lock(&meta); mine = L; pthread_mutex_unlock(&meta);
  pthread_mutex_lock(mine); x++; pthread_mutex_unlock(mine); return 0; }
int main(void) {
  pthread_t a, b; pthread_create(&a, 0, w, 0);
  pthread_mutex_lock(&meta); L = &m2; pthread_mutex_unlock(&meta);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0); return x; }
