/* TRUTH: free — both threads update x only while holding the same pthread spinlock */
#include <pthread.h>
int x; pthread_spinlock_t sl;
void *t(void *a) {
  pthread_spin_lock(&sl);
  x++;
  pthread_spin_unlock(&sl);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
