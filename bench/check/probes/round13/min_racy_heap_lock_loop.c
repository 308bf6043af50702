/* racy: each loop iteration mallocs a new mutex for its thread, so the two x++ hold different mutexes */
#include <pthread.h>
#include <stdlib.h>
int x;
void *w(void *p) { pthread_mutex_lock(p); x++; pthread_mutex_unlock(p); return 0; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    pthread_mutex_t *m = malloc(sizeof *m);
    pthread_mutex_init(m, 0);
    pthread_create(&t[i], 0, w, m);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return x;
}
