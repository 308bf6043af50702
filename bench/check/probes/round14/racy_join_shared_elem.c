/* racy: every thread adds to hits[0] under m; after joining t[0] main reads hits[i]==hits[0] unlocked while t[1..] still add */
#include <pthread.h>
#define N 4
int res[N]; int hits[N]; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a){ long k = (long)a; res[k] = 1; pthread_mutex_lock(&m); hits[0]++; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t t[N]; long sum = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)i);
  for (int i = 0; i < N; i++) { pthread_join(t[i], 0); sum += res[i] + hits[i]; }
  return (int)sum; }
