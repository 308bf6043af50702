/* TRUTH: racy. Double-checked locking with a relaxed load outside the lock: a thread that
   sees inited == 1 without locking reads config with no happens-before to its write. */
#include <pthread.h>
#include <stdatomic.h>
struct cfg { int a, b; } config;
atomic_int inited;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct cfg *get(void) {
  if (!atomic_load_explicit(&inited, memory_order_relaxed)) {
    pthread_mutex_lock(&m);
    if (!atomic_load_explicit(&inited, memory_order_relaxed)) {
      config.a = 1; config.b = 2;
      atomic_store_explicit(&inited, 1, memory_order_relaxed);
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
