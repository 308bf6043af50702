/* racy: every thread increments hits[0]; after joining t[0] main reads hits[i]=hits[0] while t[1..] run */
#include <pthread.h>
#include <stdatomic.h>
#define N 4
int res[N]; int hits[N];
void *w(void *a){ long k = (long)a; res[k] = 1; hits[0] = 5; return 0; }
int main(void){ pthread_t t[N]; long sum = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)i);
  for (int i = 0; i < N; i++) { pthread_join(t[i], 0); sum += res[i] + hits[i]; }
  return (int)sum; }
