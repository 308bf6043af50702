/* race-free: pthread_spinlock_t guards the histogram */
#include <pthread.h>
#include <assert.h>
pthread_spinlock_t sl;
int hist[4];
void *w(void *p) {
  long id = (long)p;
  for (int i = 0; i < 8; i++) { pthread_spin_lock(&sl); hist[(i + id) % 4]++; pthread_spin_unlock(&sl); }
  return NULL;
}
int main(void) {
  pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
  pthread_t a, b;
  pthread_create(&a, NULL, w, (void *)0L);
  pthread_create(&b, NULL, w, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(hist[0] + hist[1] + hist[2] + hist[3] == 16);
  return 0;
}
