/* racy: t[i] writes res[N-1-i] under m; after joining t[0] main reads res[0] unlocked while t[N-1] may still write it */
#include <pthread.h>
#define N 4
int res[N]; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a){ long k = (long)a; pthread_mutex_lock(&m); res[k] = 1; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t t[N]; long sum = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)(N - 1 - i));
  for (int i = 0; i < N; i++) { pthread_join(t[i], 0); sum += res[i]; }
  return (int)sum; }
