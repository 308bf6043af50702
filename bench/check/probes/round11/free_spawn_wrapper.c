// free: threads started through spawn(fn, arg); both handlers use irq_lock around irq_pending.
#include <pthread.h>
static pthread_mutex_t irq_lock = PTHREAD_MUTEX_INITIALIZER;
static int irq_pending;
static pthread_t hs[4];
static int nh;
static void spawn(void *(*fn)(void *), void *arg) { pthread_create(&hs[nh++], 0, fn, arg); }
static void *irq(void *a) { pthread_mutex_lock(&irq_lock); irq_pending = 1; pthread_mutex_unlock(&irq_lock); return 0; }
static void *bh(void *a) { pthread_mutex_lock(&irq_lock); if (irq_pending) irq_pending = 0; pthread_mutex_unlock(&irq_lock); return 0; }
int main(void) {
  spawn(irq, 0);
  spawn(bh, 0);
  for (int i = 0; i < nh; i++) pthread_join(hs[i], 0);
  return irq_pending;
}
