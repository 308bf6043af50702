// racy: main resets the id counter to 0 between creating the two workers, so both can take id 0 and write buf[0].
#include <pthread.h>
#include <stdatomic.h>
atomic_int next;
int buf[4];
void *w(void *a) {
  int id = atomic_fetch_add(&next, 1);
  if (id < 4) buf[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  atomic_store(&next, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return buf[0];
}
