/* TRUTH: free — spawn() wraps pthread_create and join_all() joins every handle before main reads results */
#include <pthread.h>
#define N 3
int results[N];
static void spawn(pthread_t *t, void *(*fn)(void *), void *arg){ pthread_create(t,0,fn,arg); }
static void join_all(pthread_t *t, int n){ for (int i = 0; i < n; i++) pthread_join(t[i],0); }
static void *work(void *a){ long id = (long)a; results[id] = (int)id + 100; return 0; }
int main(void){
  pthread_t t[N];
  for (long i = 0; i < N; i++) spawn(&t[i], work, (void*)i);
  join_all(t, N);
  int s = 0; for (int i = 0; i < N; i++) s += results[i];
  return s;
}
