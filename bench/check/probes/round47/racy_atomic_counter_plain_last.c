/* TRUTH: racy — the counter is atomic, but each worker also records last_id in a plain int with no lock */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
atomic_int served;
int last_id;
void *w(void *arg) {
  int id = (int)(intptr_t)arg;
  atomic_fetch_add(&served, 1);
  last_id = id;
  return 0;
}
int main(void) {
  pthread_t t[3];
  int i;
  for (i = 0; i < 3; i++) pthread_create(&t[i], 0, w, (void *)(intptr_t)i);
  for (i = 0; i < 3; i++) pthread_join(t[i], 0);
  return last_id + atomic_load(&served);
}
