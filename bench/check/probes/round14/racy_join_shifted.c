/* racy: thread k writes res[k] and res[k+1]; after joining t[i] main reads res[i+1]... via i incremented: res[i] after i++ is written by t[i] (not joined) */
#include <pthread.h>
#define N 4
int res[N + 1];
void *w(void *a){ long k = (long)a; res[k] = 1; return 0; }
int main(void){ pthread_t t[N]; long sum = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)i);
  for (int i = 0; i < N; ) { pthread_join(t[i], 0); i++; sum += res[i]; }
  return (int)sum; }
