/* race-free: all concurrent updates of hits use __atomic_fetch_add; main's plain read is after joins */
#include <pthread.h>
#include <assert.h>
int hits;
void *w(void *p) { (void)p; for (int i = 0; i < 100; i++) __atomic_fetch_add(&hits, 1, __ATOMIC_RELAXED); return NULL; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  assert(hits == 200);
  return 0;
}
