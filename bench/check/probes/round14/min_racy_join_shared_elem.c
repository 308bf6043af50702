/* racy: each thread bumps hits[0] under m; after joining t[0] main reads hits[i] (= hits[0]) unlocked while t[1] still bumps it */
#include <pthread.h>
int hits[2]; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a){ pthread_mutex_lock(&m); hits[0]++; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t t[2]; int s = 0;
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, w, 0);
  for (int i = 0; i < 2; i++) { pthread_join(t[i], 0); s += hits[i]; }
  return s; }
