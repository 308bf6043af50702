/* TRUTH: racy — worker locks m[id] with id 0 and 1 — different mutexes — both increment cnt */
#include <pthread.h>
pthread_mutex_t m[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
int cnt;
void *w(void *a) { long id = (long)a; pthread_mutex_lock(&m[id]); cnt++; pthread_mutex_unlock(&m[id]); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0);
  pthread_create(&t2, 0, w, (void *)1);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return cnt;
}
