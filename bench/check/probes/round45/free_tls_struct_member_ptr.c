/* TRUTH: free — each thread stores &ctx.count of its own _Thread_local ctx in ctx.p and writes through it */
#include <pthread.h>
struct Ctx { int count; int *p; };
_Thread_local struct Ctx ctx;
void *w(void *x){ ctx.p = &ctx.count; for (int i = 0; i < 10; i++) (*ctx.p)++; return (void*)(long)ctx.count; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return 0;
}
