/* TRUTH: free. pthread_once initializes a config struct; threads only read it after
   pthread_once; main reads after joins. */
#include <pthread.h>
struct cfg { int verbose; int level; } cfg;
pthread_once_t cfg_once = PTHREAD_ONCE_INIT;
static void load(void) { cfg.verbose = 1; cfg.level = 3; }
void *worker(void *arg) { pthread_once(&cfg_once, load); return (void *)(long)(cfg.level + cfg.verbose); }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return cfg.level;
}
