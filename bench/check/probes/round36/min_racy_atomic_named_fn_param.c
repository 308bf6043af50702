/* TRUTH: racy — kernel-style atomic_inc(atomic_t *v) implemented in plain C as v->counter++ (line 5); two instances of w call it on the same global cnt: unordered plain read-modify-writes of cnt.counter. */
#include <pthread.h>
typedef struct { int counter; } atomic_t;
static atomic_t cnt;
static void atomic_inc(atomic_t *v) { v->counter++; }
static void *w(void *p) { atomic_inc(&cnt); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return cnt.counter;
}
