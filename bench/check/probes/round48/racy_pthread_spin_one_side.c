/* TRUTH: racy — one thread takes the spinlock, the other writes x without it */
#include <pthread.h>
int x; pthread_spinlock_t sl;
void *t(void *a) {
  pthread_spin_lock(&sl);
  x++;
  pthread_spin_unlock(&sl);
  return 0;
}
void *u(void *a) { x = 0; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, u, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
