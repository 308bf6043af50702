/* TRUTH: racy. cfg.p starts as &a, main sets cfg.p = &b before create; thread writes *cfg.p
   (i.e. b) while main writes b. */
#include <pthread.h>
int a, b;
struct cfg { int *p; } cfg = { &a };
static void *worker(void *x) { (void)x; *cfg.p = 7; return NULL; }
int main(void) {
  pthread_t t;
  cfg.p = &b;
  pthread_create(&t, NULL, worker, NULL);
  b = 3;
  pthread_join(t, NULL);
  return a + b;
}
