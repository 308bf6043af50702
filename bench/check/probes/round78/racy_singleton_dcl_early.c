/* TRUTH: racy — initializer writes storage.a/b before taking the mutex; two threads on the slow path write them concurrently, and also race with a fast-path reader of c->a */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
struct cfg { int a, b; };
static struct cfg storage;
static _Atomic(struct cfg *) inst;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct cfg *get(void) {
  struct cfg *p = atomic_load_explicit(&inst, memory_order_acquire);
  if (!p) {
    storage.a = 1; storage.b = 2;
    pthread_mutex_lock(&m);
    p = atomic_load_explicit(&inst, memory_order_relaxed);
    if (!p) { p = &storage; atomic_store_explicit(&inst, p, memory_order_release); }
    pthread_mutex_unlock(&m);
  }
  return p;
}
static void *user(void *arg) { struct cfg *c = get(); *(int *)arg = c->a + c->b; return 0; }
int main(void) {
  pthread_t t[4]; int r[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], 0, user, &r[i]);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  printf("%d\n", r[0] + r[3]);
  return 0;
}
