/* TRUTH: free — the only field both threads write is _Atomic; the plain field is per-thread indexed */
#include <pthread.h>
#include <stdatomic.h>
struct R { _Atomic int refs; int last[2]; } r;
void *w(void *a){ long id = (long)a; r.refs++; atomic_fetch_add(&r.refs, 1); r.last[id] = (int)id; return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return r.refs;
}
