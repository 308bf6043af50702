/* TRUTH: free. cfg.p set to &b before create; thread writes b; main writes a only. */
#include <pthread.h>
int a, b;
struct cfg { int *p; } cfg = { &a };
static void *worker(void *x) { (void)x; *cfg.p = 7; return NULL; }
int main(void) {
  pthread_t t;
  cfg.p = &b;
  pthread_create(&t, NULL, worker, NULL);
  a = 3;
  pthread_join(t, NULL);
  return a + b;
}
