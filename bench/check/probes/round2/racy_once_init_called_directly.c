/* TRUTH: racy. t1 initializes through pthread_once, t2 calls the init function directly:
   the two inits (or t2's init and t1's read) overlap. */
#include <pthread.h>
int cfg;
pthread_once_t once = PTHREAD_ONCE_INIT;
static void init(void) { cfg = 42; }
void *t1(void *arg) { pthread_once(&once, init); return (void *)(long)cfg; }
void *t2(void *arg) { init(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return cfg;
}
