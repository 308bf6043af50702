/* TRUTH: racy — detached C11 thread writes g; main writes g after sleeping briefly, no synchronization */
#include <threads.h>
int g;
int w(void *a) { g = 1; return 0; }
int main(void) {
  thrd_t t;
  thrd_create(&t, w, 0);
  thrd_detach(t);
  thrd_sleep(&(struct timespec){.tv_nsec = 1000000}, 0);
  g = 2;
  return g;
}
