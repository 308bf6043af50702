/* TRUTH: racy — the _Thread_local ctx holds a pointer set to the shared stats object; both threads write stats.n through it */
#include <pthread.h>
struct Stats { int n; } stats;
struct Ctx { struct Stats *st; int local; };
_Thread_local struct Ctx ctx;
void *w(void *x){ ctx.st = &stats; ctx.local++; ctx.st->n++; return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return stats.n;
}
