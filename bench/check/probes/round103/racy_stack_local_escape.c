/* TRUTH: racy — main passes &local to the thread, which writes it, and main reads local before joining */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }


void *setter(void *arg) {
  int *p = arg;
  *p = 17;
  return 0;
}

int main(void) {
  pthread_t t;
  int local = 0;
  pthread_create(&t, 0, setter, &local);
  int snapshot = local;
  pthread_join(t, 0);
  return snapshot + local;
}
