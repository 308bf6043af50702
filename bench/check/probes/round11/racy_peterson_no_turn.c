// racy: broken "Peterson" with atomics but the turn check is missing AND flag is set after the wait, so both may enter and write cs.
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag[2];
int cs;
void *t(void *arg) {
  int me = (int)(long)arg, other = 1 - me;
  while (atomic_load(&flag[other])) {}
  atomic_store(&flag[me], 1);
  cs++;
  atomic_store(&flag[me], 0);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)0L);
  pthread_create(&b, 0, t, (void *)1L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cs;
}
