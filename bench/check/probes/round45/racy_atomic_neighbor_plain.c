/* TRUTH: racy — refs is _Atomic but last_user in the same struct is a plain int written by both threads */
#include <pthread.h>
#include <stdatomic.h>
struct R { _Atomic int refs; int last_user; } r;
void *w(void *a){ atomic_fetch_add(&r.refs, 1); r.last_user = (int)(long)a; return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return r.last_user;
}
