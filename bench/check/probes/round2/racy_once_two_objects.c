/* TRUTH: racy. Two different once objects run the same init on cfg: both inits may run
   concurrently. */
#include <pthread.h>
struct cfg { int verbose; int level; } cfg;
pthread_once_t o1 = PTHREAD_ONCE_INIT, o2 = PTHREAD_ONCE_INIT;
static void load(void) { cfg.verbose = 1; cfg.level = 3; }
void *w1(void *arg) { pthread_once(&o1, load); return NULL; }
void *w2(void *arg) { pthread_once(&o2, load); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w1, NULL);
  pthread_create(&b, NULL, w2, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return cfg.level;
}
