// racy: id = (_Bool)atomic_fetch_add(&next, 1); with 3 workers two of them get id 1 and write buf[1].
#include <pthread.h>
#include <stdatomic.h>
atomic_int next;
int buf[2];
void *w(void *a) {
  _Bool id = atomic_fetch_add(&next, 1);
  buf[id] += 1;
  return 0;
}
int main(void) {
  pthread_t th[3];
  for (int i = 0; i < 3; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
  return buf[1];
}
