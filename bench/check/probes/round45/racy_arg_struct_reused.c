/* TRUTH: racy — the same arg struct is passed to both threads; main rewrites arg.id while thread 1 may read it */
#include <pthread.h>
struct Arg { int id; int *out; };
int results[2];
void *w(void *a){ struct Arg *g = a; g->out[g->id] = g->id * 10; return 0; }
int main(void){
  struct Arg arg; arg.out = results;
  pthread_t t[2];
  for (int i = 0; i < 2; i++) { arg.id = i; pthread_create(&t[i],0,w,&arg); }
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return results[0];
}
