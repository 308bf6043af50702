/* TRUTH: free — ticks is written only under the pthread spinlock sl, read by main after joins */
#include <pthread.h>
static pthread_spinlock_t sl;
static unsigned ticks;
static void *tick(void *a) { (void)a; for (int i = 0; i < 100; i++) { pthread_spin_lock(&sl); ticks++; pthread_spin_unlock(&sl); } return 0; }
int main(void) {
  pthread_t t[3];
  pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, tick, 0);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  pthread_spin_destroy(&sl);
  return ticks != 300;
}
