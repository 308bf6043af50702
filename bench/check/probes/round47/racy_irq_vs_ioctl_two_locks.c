/* TRUTH: racy — the IRQ thread guards dev->status with irq_lock while the ioctl thread guards it with cfg_lock */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

struct nic {
  pthread_mutex_t irq_lock;
  pthread_mutex_t cfg_lock;
  int status;
  int rx_packets;
  int mtu;
};

static void nic_irq(struct nic *n) {
  pthread_mutex_lock(&n->irq_lock);
  n->rx_packets++;
  n->status = 1;
  pthread_mutex_unlock(&n->irq_lock);
}

static int nic_ioctl(struct nic *n, int cmd, int arg) {
  int ret = 0;
  pthread_mutex_lock(&n->cfg_lock);
  if (cmd == 0) {
    n->mtu = arg;
    n->status = 0; /* reset link status under the wrong lock */
  } else {
    ret = n->mtu;
  }
  pthread_mutex_unlock(&n->cfg_lock);
  return ret;
}

struct nic card;

void *irq_thread(void *a) {
  int i;
  for (i = 0; i < 2; i++) nic_irq(&card);
  return 0;
}
void *ioctl_thread(void *a) {
  nic_ioctl(&card, 0, 1500);
  if (nic_ioctl(&card, 1, 0) != 1500) reach_error();
  return 0;
}

int main(void) {
  pthread_t i, c;
  pthread_mutex_init(&card.irq_lock, 0);
  pthread_mutex_init(&card.cfg_lock, 0);
  pthread_create(&i, 0, irq_thread, 0);
  pthread_create(&c, 0, ioctl_thread, 0);
  pthread_join(i, 0);
  pthread_join(c, 0);
  return 0;
}
