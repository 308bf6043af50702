/* racy: control with constant index hits[0] read after joining t[0] while t[1..] add under m */
#include <pthread.h>
#define N 4
int res[N]; int hits[N]; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a){ long k = (long)a; res[k] = 1; pthread_mutex_lock(&m); hits[0]++; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t t[N]; long sum = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)i);
  for (int i = 0; i < N; i++) { pthread_join(t[i], 0); sum += res[i] + hits[0]; }
  return (int)sum; }
