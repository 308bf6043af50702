/* TRUTH: free — both threads go through pthread_once to write cfg, then read it; once ensures init happens-before return */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
int cfg;
static void init(void) { cfg = 1; }
void *w(void *p) { pthread_once(&once, init); return (void *)(long)cfg; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_once(&once, init);
  int v = cfg;
  pthread_join(t, 0);
  return v;
}
