/* TRUTH: racy — probe_thread writes cfg_base = 0x3f8 AFTER publishing ready=1, so read_thread, having seen ready, reads cfg_base (return expression) concurrently with that plain write. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
static int ready;
static int cfg_irq, cfg_base;
static void *probe_thread(void *a) {
  cfg_irq = 9;
  __VERIFIER_atomic_begin();
  ready = 1;
  __VERIFIER_atomic_end();
  cfg_base = 0x3f8;
  return 0;
}
static void *read_thread(void *a) {
  int r;
  while (1) {
    __VERIFIER_atomic_begin();
    r = ready;
    __VERIFIER_atomic_end();
    if (r) break;
  }
  return (void *)(long)(cfg_irq + cfg_base);
}
int main(void) {
  pthread_t p, q;
  pthread_create(&p, 0, probe_thread, 0);
  pthread_create(&q, 0, read_thread, 0);
  pthread_join(p, 0); pthread_join(q, 0);
  return 0;
}
