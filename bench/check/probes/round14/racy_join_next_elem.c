/* racy: thread k writes res[k]; main joins t[i] then i++ and reads res[i], written by t[i+1] still running */
#include <pthread.h>
#define N 4
int res[N + 1];
void *w(void *a){ long k = (long)a; res[k] = 1; return 0; }
int main(void){ pthread_t t[N]; long sum = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)i);
  for (int i = 0; i < N; ) { pthread_join(t[i], 0); i++; if (i < N) sum += res[i]; }
  return (int)sum; }
