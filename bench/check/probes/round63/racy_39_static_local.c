/* TRUTH: racy — next_ticket's static local counter is shared by all callers; both threads do seq++ unlocked */
#include <pthread.h>
static int next_ticket(void) { static int seq; return ++seq; }
static void *customer(void *p) { (void)p; return (void *)(long)next_ticket(); }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, customer, 0); pthread_create(&b, 0, customer, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
