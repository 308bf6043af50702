/* TRUTH: racy — bump() makes a fresh local mutex on every call, so calls from two threads are not mutually excluded on hits++ */
#include <pthread.h>
static int hits;
static void bump(void) { pthread_mutex_t m; pthread_mutex_init(&m, 0); pthread_mutex_lock(&m); hits++; pthread_mutex_unlock(&m); pthread_mutex_destroy(&m); }
static void *worker(void *p) { (void)p; bump(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0); pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return hits;
}
