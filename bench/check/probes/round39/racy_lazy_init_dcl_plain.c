/* TRUTH: racy — double-checked locking with a plain `ready` flag: the unlocked first check `if (!ready)` in one thread races with `ready = 1` under the lock in the other (and the table read with its initialization). */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static int table[8];
static void get_table(void) {
  if (!ready) {
    pthread_mutex_lock(&m);
    if (!ready) {
      for (int i = 0; i < 8; i++) table[i] = i * 3;
      ready = 1;
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
