/* TRUTH: free. Double-checked locking done right: acquire load of an atomic flag outside
   the lock, release store inside; config written before the release store. */
#include <pthread.h>
#include <stdatomic.h>
struct cfg { int a, b; } config;
atomic_int inited;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct cfg *get(void) {
  if (!atomic_load_explicit(&inited, memory_order_acquire)) {
    pthread_mutex_lock(&m);
    if (!atomic_load_explicit(&inited, memory_order_relaxed)) {
      config.a = 1; config.b = 2;
      atomic_store_explicit(&inited, 1, memory_order_release);
    }
    pthread_mutex_unlock(&m);
  }
  return &config;
}
void *user(void *arg) { return (void *)(long)get()->a; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, user, NULL);
  pthread_create(&y, NULL, user, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return 0;
}
