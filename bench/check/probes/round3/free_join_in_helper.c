/* TRUTH: free. The join happens in a helper taking the handle by value; main writes after. */
#include <pthread.h>
static int g;
static void *w(void *v) { (void)v; g = 1; return NULL; }
static void wait_for(pthread_t t) { pthread_join(t, NULL); }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, w, NULL);
  wait_for(t);
  g = 2;
  return g;
}
