/* TRUTH: free — args[i].id = i (ids 0..2); f writes a[arg->id] */
#include <pthread.h>
int a[3];
struct Arg { int id; } args[3];
void *f(void *p){ struct Arg *arg = p; a[arg->id] = 1; return 0; }
int main(void){ pthread_t t[3];
  for (int i = 0; i < 3; i++) { args[i].id = i; pthread_create(&t[i],0,f,&args[i]); }
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
