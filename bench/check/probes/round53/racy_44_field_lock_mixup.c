/* TRUTH: racy — rx_bytes is meant to be under rx_lock, but the stats thread updates it under tx_lock */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_44_field_lock_mixup.c", 4, "reach_error"); }
struct nic {
  pthread_mutex_t rx_lock, tx_lock;
  long rx_bytes, tx_bytes;
} nic0 = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, 0, 0 };

void *rx_irq(void *arg) {
  pthread_mutex_lock(&nic0.rx_lock);
  nic0.rx_bytes += 64;
  pthread_mutex_unlock(&nic0.rx_lock);
  return NULL;
}

void *stats_reset(void *arg) {
  pthread_mutex_lock(&nic0.tx_lock);
  nic0.tx_bytes = 0;
  nic0.rx_bytes = 0;
  pthread_mutex_unlock(&nic0.tx_lock);
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, rx_irq, NULL);
  pthread_create(&b, NULL, stats_reset, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (nic0.rx_bytes > 64) reach_error();
  return 0;
}
