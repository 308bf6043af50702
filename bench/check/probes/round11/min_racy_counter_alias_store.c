// racy: the id counter is reset through a global alias (atomic_store(alias, 0), alias = &next), so two workers can both draw id 0 and write buf[0].
#include <pthread.h>
#include <stdatomic.h>
atomic_int next;
atomic_int *alias = &next;
int buf[4];
void *w(void *a) { int id = atomic_fetch_add(&next, 1); if (id >= 0 && id < 4) buf[id] = 1; return 0; }
void *d(void *a) { atomic_store(alias, 0); return 0; }
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, 0, w, 0);
  pthread_create(&c, 0, d, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_join(c, 0);
  return 0;
}
