/* TRUTH: free. pthread spin lock protects `level` in both threads. */
#include <pthread.h>
pthread_spinlock_t sl;
int level;
void *worker(void *arg) { pthread_spin_lock(&sl); level++; pthread_spin_unlock(&sl); return NULL; }
int main(void) {
  pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
  pthread_t a;
  pthread_create(&a, NULL, worker, NULL);
  pthread_spin_lock(&sl); level--; pthread_spin_unlock(&sl);
  pthread_join(a, NULL);
  return level;
}
