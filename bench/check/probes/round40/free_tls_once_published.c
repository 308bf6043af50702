/* TRUTH: free — once is __thread, but main publishes its own once's address in gonce; both threads call pthread_once(gonce) on the same object, so init's g = 1 (line 6) runs once and completes before the other returns. */
#include <pthread.h>
static __thread pthread_once_t once = PTHREAD_ONCE_INIT;
pthread_once_t *gonce;
int g;
static void init(void) { g = 1; }
void *w(void *x) { pthread_once(gonce, init); return 0; }
int main(void) {
  pthread_t t1, t2;
  gonce = &once;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
