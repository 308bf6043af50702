/* TRUTH: free — as racy_drv_link_state_arg, but main resets rx_packets = 0 BEFORE ops.open() starts the phy thread and reads it only after the join: the phy thread's rx_packets++ is ordered by create and join; link_state only accessed by the phy thread. */
#include <pthread.h>
enum { LINK_DOWN = 0, LINK_UP = 1 };
static int link_state;
static int rx_packets;
static void *phy_thread(void *arg) {
  int *state = arg;
  *state = LINK_UP;
  if (link_state == LINK_UP) rx_packets++;
  return 0;
}
struct net_ops { int (*open)(pthread_t *); };
static int net_open(pthread_t *t) { return pthread_create(t, 0, phy_thread, &link_state); }
static struct net_ops ops = { net_open };
int main(void) {
  pthread_t t;
  rx_packets = 0;
  if (ops.open(&t)) return 1;
  pthread_join(t, 0);
  return rx_packets;
}
