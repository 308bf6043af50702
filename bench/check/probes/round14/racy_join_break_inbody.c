/* racy: the join loop breaks after t[0] (res[0] < 5 always); main then writes res[i] for i=1 in the body? no: main reads res[1] after loop while t[1] runs */
#include <pthread.h>
#define N 4
int res[N];
void *w(void *a){ long k = (long)a; res[k] = 1; return 0; }
int main(void){ pthread_t t[N]; int s = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)i);
  for (int i = 0; i < N; i++) { pthread_join(t[i], 0); if (res[i] < 5) break; }
  s = res[1];
  return s; }
