/* racy: the spin lock is released before the histogram update */
#include <pthread.h>
pthread_spinlock_t sl;
int hist[4];
void *w(void *p) {
  long id = (long)p;
  for (int i = 0; i < 8; i++) { pthread_spin_lock(&sl); pthread_spin_unlock(&sl); hist[(i + id) % 4]++; }
  return NULL;
}
int main(void) {
  pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
  pthread_t a, b;
  pthread_create(&a, NULL, w, (void *)0L);
  pthread_create(&b, NULL, w, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hist[0];
}
