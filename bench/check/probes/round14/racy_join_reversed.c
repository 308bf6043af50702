/* racy: thread t[i] writes res[N-1-i]; after joining t[0] main reads res[0], written by t[N-1] still running */
#include <pthread.h>
#define N 4
int res[N];
void *w(void *a){ long k = (long)a; res[k] = (int)k * 2; return 0; }
int main(void){ pthread_t t[N]; long sum = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)(N - 1 - i));
  for (int i = 0; i < N; i++) { pthread_join(t[i], 0); sum += res[i]; }
  return (int)sum; }
