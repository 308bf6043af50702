// racy: ids from __sync_fetch_and_add, but a janitor thread does __sync_fetch_and_sub, so two workers can get the same id.
#include <pthread.h>
int next;
int buf[8];
void *w(void *a) {
  int id = __sync_fetch_and_add(&next, 1);
  if (id >= 0 && id < 8) buf[id] = 1;
  return 0;
}
void *janitor(void *a) { __sync_fetch_and_sub(&next, 1); return 0; }
int main(void) {
  pthread_t t1, t2, j;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&j, 0, janitor, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(j, 0);
  pthread_join(t2, 0);
  return buf[0];
}
