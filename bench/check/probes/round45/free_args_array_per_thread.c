/* TRUTH: free — args[i] is a separate struct per thread; each thread writes only its own args[i].out */
#include <pthread.h>
struct Arg { int id; int out; };
void *w(void *a){ struct Arg *g = a; g->out = g->id * 10; return 0; }
int main(void){
  struct Arg args[4];
  pthread_t t[4];
  for (int i = 0; i < 4; i++) { args[i].id = i; pthread_create(&t[i],0,w,&args[i]); }
  for (int i = 0; i < 4; i++) pthread_join(t[i],0);
  return args[3].out;
}
