/* racy: after unlocking, the thread writes shared again (shared = v * v) outside the lock */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int shared = 3;
int res[2];
void *w(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&m);
  int v = shared;
  shared = v + 1;
  pthread_mutex_unlock(&m);
  shared = v * v;
  res[id] = v;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, (void *)0L);
  pthread_create(&b, NULL, w, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return shared;
}
