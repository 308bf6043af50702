// racy: softirq reads rx_packets after releasing the spinlock, racing with irq's locked write.
#include <pthread.h>
struct nic { pthread_spinlock_t slock; unsigned long rx_packets, tx_packets; };
static struct nic eth0;
static void *irq(void *a) {
  for (int i = 0; i < 100; i++) {
    pthread_spin_lock(&eth0.slock);
    eth0.rx_packets++;
    pthread_spin_unlock(&eth0.slock);
  }
  return 0;
}
static void *softirq(void *a) {
  unsigned long r;
  for (int i = 0; i < 100; i++) {
    pthread_spin_lock(&eth0.slock);
    eth0.tx_packets++;
    pthread_spin_unlock(&eth0.slock);
    r = eth0.rx_packets;
  }
  return (void *)r;
}
int main(void) {
  pthread_t a, b;
  pthread_spin_init(&eth0.slock, PTHREAD_PROCESS_PRIVATE);
  pthread_create(&a, 0, irq, 0);
  pthread_create(&b, 0, softirq, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return (int)eth0.tx_packets;
}
