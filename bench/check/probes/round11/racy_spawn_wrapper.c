// racy: threads started through spawn(fn, arg) wrapper; both handlers write irq_pending without a lock.
#include <pthread.h>
static int irq_pending;
static pthread_t hs[4];
static int nh;
static void spawn(void *(*fn)(void *), void *arg) { pthread_create(&hs[nh++], 0, fn, arg); }
static void *irq(void *a) { irq_pending = 1; return 0; }
static void *bh(void *a) { if (irq_pending) irq_pending = 0; return 0; }
int main(void) {
  spawn(irq, 0);
  spawn(bh, 0);
  for (int i = 0; i < nh; i++) pthread_join(hs[i], 0);
  return irq_pending;
}
