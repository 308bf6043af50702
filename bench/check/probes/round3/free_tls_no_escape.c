/* TRUTH: free. Each thread (and main) writes its own TLS instance; no address escapes. */
#include <pthread.h>
static __thread int tl;
static void *w(void *v) { (void)v; for (int i = 0; i < 3; i++) tl++; return (void *)(long)tl; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  tl = 7;
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return tl;
}
