/* TRUTH: free — main holds 'gate' before creating the worker and writes cfg before unlocking; the worker's lock/unlock of gate orders its later cfg reads/writes */
#include <pthread.h>
#include <stdio.h>

pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
struct cfg { int threads; int verbose; } cfg;

static void *worker(void *arg) {
  (void)arg;
  pthread_mutex_lock(&gate);
  pthread_mutex_unlock(&gate);
  cfg.verbose = cfg.threads * 2;
  return NULL;
}

int main(void) {
  pthread_t t;
  pthread_mutex_lock(&gate);
  pthread_create(&t, NULL, worker, NULL);
  cfg.threads = 4;
  cfg.verbose = 1;
  pthread_mutex_unlock(&gate);
  pthread_join(t, NULL);
  printf("%d %d\n", cfg.threads, cfg.verbose);
  return 0;
}
