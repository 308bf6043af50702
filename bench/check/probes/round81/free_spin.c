/* TRUTH: free — both increment x under pthread_spin_lock */
#include <pthread.h>
pthread_spinlock_t sl;
int x;
void *w(void *a) { pthread_spin_lock(&sl); x++; pthread_spin_unlock(&sl); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_spin_init(&sl, 0);
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
