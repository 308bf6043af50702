/* TRUTH: free — thread id increments outer.in[id].cnt only; main reads after join */
#include <pthread.h>
struct In { int cnt; int pad; };
struct Out { int tag; struct In in[2]; } outer;
void *w(void *x){ long id = (long)x; struct Out *o = &outer; for (int i = 0; i < 50; i++) o->in[id].cnt++; return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return outer.in[0].cnt + outer.in[1].cnt;
}
