/* racy: thread t[i] writes res[N-1-i]; a helper joins t[i], then main reads res[i] (written by a thread not joined yet) */
#include <pthread.h>
#define N 4
int res[N];
pthread_t t[N];
void *w(void *a){ long k = (long)a; res[k] = 3; return 0; }
static void join_one(int i) { pthread_join(t[i], 0); }
int main(void){ long sum = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void*)(long)(N - 1 - i));
  for (int i = 0; i < N; i++) { join_one(i); sum += res[i]; }
  return (int)sum; }
