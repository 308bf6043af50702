/* TRUTH: free. A Duff's-device style switch entering a do-while; the whole switch runs under m. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  int n = (int)(long)v;
  pthread_mutex_lock(&m);
  int k = (n + 3) / 4;
  switch (n % 4) {
  case 0: do { g++;
  case 3: g++;
  case 2: g++;
  case 1: g++;
          } while (--k > 0);
  }
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, (void *)5);
  pthread_create(&t2, NULL, w, (void *)7);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
