/* race-free: the join loop joins all threads */
#include <pthread.h>
#define N 4
int res[N];
void *w(void *a){ long k = (long)a; res[k] = 1; return 0; }
int main(void){ pthread_t t[N]; int s = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)i);
  for (int i = 0; i < N; i++) { pthread_join(t[i], 0); }
  for (int i = 0; i < N; i++) s += res[i];
  return s; }
