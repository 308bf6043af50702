/* TRUTH: free — four threads in t[0..3], hits++ under m, all four joined before main reads hits */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int hits;
void *w(void *a) { pthread_mutex_lock(&m); hits++; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t[4];
  int i;
  for (i = 0; i < 4; i++) pthread_create(&t[i], 0, w, 0);
  for (i = 0; i < 4; i++) pthread_join(t[i], 0);
  return hits;
}
