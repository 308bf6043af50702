/* race-free: one mutex is malloc'd before the loop and the same pointer goes to every thread */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int hits;
void *w(void *p) {
  pthread_mutex_t *m = p;
  for (int k = 0; k < 5; k++) { pthread_mutex_lock(m); hits++; pthread_mutex_unlock(m); }
  return NULL;
}
int main(void) {
  pthread_t t[2];
  pthread_mutex_t *m = malloc(sizeof *m);
  if (!m) return 1;
  pthread_mutex_init(m, NULL);
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, m);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  assert(hits == 10);
  return 0;
}
