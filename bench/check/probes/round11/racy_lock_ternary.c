// racy: lock chosen by (id & 1) ? &m1 : &m2 but both threads update the single counter total.
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int total;
void *w(void *arg) {
  long id = (long)arg;
  pthread_mutex_t *l = (id & 1) ? &m1 : &m2;
  pthread_mutex_lock(l);
  total += (int)id;
  pthread_mutex_unlock(l);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, (void *)0L);
  pthread_create(&b, 0, w, (void *)1L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return total;
}
