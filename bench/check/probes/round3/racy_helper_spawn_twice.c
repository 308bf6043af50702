/* TRUTH: racy. spawn() is called twice, so two instances of w increment g unlocked. */
#include <pthread.h>
static int g;
static void *w(void *v) { (void)v; g++; return NULL; }
static void spawn(pthread_t *t) { pthread_create(t, NULL, w, NULL); }
int main(void) {
  pthread_t t1, t2;
  spawn(&t1);
  spawn(&t2);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
