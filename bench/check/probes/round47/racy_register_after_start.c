/* TRUTH: racy — main assigns dev.handler after the event thread has started; the event thread reads dev.handler concurrently */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);

struct dev { void (*handler)(int); int last; };
struct dev dev;
pthread_mutex_t dm = PTHREAD_MUTEX_INITIALIZER;

static void my_handler(int ev) {
  pthread_mutex_lock(&dm);
  dev.last = ev;
  pthread_mutex_unlock(&dm);
}

void *event_loop(void *a) {
  int i;
  for (i = 0; i < 3; i++) {
    void (*h)(int) = dev.handler;
    if (h) h(i);
  }
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, event_loop, 0);
  dev.handler = my_handler; /* registration after thread start */
  pthread_join(t, 0);
  return 0;
}
