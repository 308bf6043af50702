// racy: resetter modifies the id counter (next--), so two workers can obtain the same id and both write buf[id].
#include <pthread.h>
#include <stdatomic.h>
atomic_int next;
int buf[8];
void *w(void *a) {
  int id = atomic_fetch_add(&next, 1);
  if (id >= 0 && id < 8) buf[id] = id + 1;
  return 0;
}
void *resetter(void *a) { next--; return 0; }
int main(void) {
  pthread_t t1, t2, r;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&r, 0, resetter, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(r, 0);
  pthread_join(t2, 0);
  return buf[0];
}
