/* TRUTH: racy. spawn() called twice; main joins only the first handle before writing g. */
#include <pthread.h>
static int g;
static void *w(void *v) { (void)v; return (void *)(long)g; }
static void spawn(pthread_t *t) { pthread_create(t, NULL, w, NULL); }
int main(void) {
  pthread_t t1, t2;
  spawn(&t1);
  spawn(&t2);
  pthread_join(t1, NULL);
  g = 5;
  pthread_join(t2, NULL);
  return g;
}
