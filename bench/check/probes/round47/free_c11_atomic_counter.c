/* TRUTH: free — cnt is a C11 atomic_int, updated only with atomic_fetch_add and read with atomic_load */
#include <pthread.h>
#include <stdatomic.h>
extern void abort(void);
void reach_error(void) { abort(); }

atomic_int cnt = 0;

void *t(void *arg) {
  for (int i = 0; i < 5; i++)
    atomic_fetch_add(&cnt, 1);
  return NULL;
}

int main(void) {
  pthread_t th[3];
  for (int i = 0; i < 3; i++) pthread_create(&th[i], NULL, t, NULL);
  int seen = atomic_load(&cnt);
  if (seen > 15) reach_error();
  for (int i = 0; i < 3; i++) pthread_join(th[i], NULL);
  if (atomic_load(&cnt) != 15) reach_error();
  return 0;
}
