// racy: if probe succeeds (nondet), module init starts irq and timer handlers, both of which increment dev.ticks without a lock.
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
struct dev_state { int ticks; int present; };
static struct dev_state dev;
static void *irq_fn(void *a) { dev.ticks++; return 0; }
static void *timer_fn(void *a) { dev.ticks += 2; return 0; }
static int probe(void) { return __VERIFIER_nondet_int() ? 0 : -1; }
int main(void) {
  pthread_t i, t;
  if (probe() == 0) {
    dev.present = 1;
    pthread_create(&i, 0, irq_fn, 0);
    pthread_create(&t, 0, timer_fn, 0);
    pthread_join(i, 0);
    pthread_join(t, 0);
  }
  return dev.ticks;
}
