// racy: a janitor resets the id counter through a pointer alias (atomic_store(alias, 0) with alias = &next), so two workers can get id 0.
#include <pthread.h>
#include <stdatomic.h>
atomic_int next;
atomic_int *alias = &next;
int buf[8];
void *w(void *a) {
  int id = atomic_fetch_add(&next, 1);
  if (id >= 0 && id < 8) buf[id] = 1;
  return 0;
}
void *janitor(void *a) { atomic_store(alias, 0); return 0; }
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
