/* TRUTH: racy — the unlocked first check loads `ready` relaxed: a thread seeing 1 skips the mutex and reads table[k] with no happens-before to the other thread's `table[i] = i * 3` under the lock. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static atomic_int ready;
static int table[8];
static void get_table(void) {
  if (!atomic_load_explicit(&ready, memory_order_relaxed)) {
    pthread_mutex_lock(&m);
    if (!atomic_load_explicit(&ready, memory_order_relaxed)) {
      for (int i = 0; i < 8; i++) table[i] = i * 3;
      atomic_store_explicit(&ready, 1, memory_order_release);
    }
    pthread_mutex_unlock(&m);
  }
}
static void *worker(void *arg) {
  long k = (long)arg;
  get_table();
  if (table[k] != k * 3) reach_error();
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)2);
  pthread_create(&b, NULL, worker, (void *)5);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
