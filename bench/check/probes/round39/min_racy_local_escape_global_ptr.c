/* TRUTH: racy — main publishes `buf + 1` (its local array) in the global `gp` before the create, then writes buf[1] = 2 after it while the worker writes *gp. */
#include <pthread.h>
static int *gp;
static void *w(void *p) { (void)p; *gp = 1; return 0; }
int main(void) {
  pthread_t t;
  int buf[3] = {0};
  gp = buf + 1;
  pthread_create(&t, 0, w, 0);
  buf[1] = 2;
  pthread_join(t, 0);
  return buf[1];
}
