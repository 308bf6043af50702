/* race-free: t[i] writes res[i] under m; main reads res[i] after joining t[i] */
#include <pthread.h>
#define N 4
int res[N]; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a){ long k = (long)a; pthread_mutex_lock(&m); res[k] = 1; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t t[N]; long sum = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)i);
  for (int i = 0; i < N; i++) { pthread_join(t[i], 0); sum += res[i]; }
  return (int)sum; }
