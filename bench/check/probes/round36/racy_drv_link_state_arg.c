/* TRUTH: racy — the phy thread is handed &link_state and stores LINK_UP through that pointer (*state = LINK_UP), so its following test link_state == LINK_UP is true and it executes rx_packets++; main writes rx_packets = 0 after pthread_create and before the join: unordered writes of rx_packets. link_state itself is only accessed by the phy thread. */
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
  if (ops.open(&t)) return 1;
  rx_packets = 0;
  pthread_join(t, 0);
  return rx_packets;
}
