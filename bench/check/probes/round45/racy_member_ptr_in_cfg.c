/* TRUTH: racy — cfg.target = &stats.hits; thread A writes *cfg.target while thread B writes stats.hits */
#include <pthread.h>
struct Stats { int misses; int hits; } stats;
struct Cfg { const char *name; int *target; } cfg;
void *wa(void *x){ struct Cfg *c = x; *c->target += 1; return 0; }
void *wb(void *x){ stats.hits += 1; return 0; }
int main(void){
  cfg.name = "hits"; cfg.target = &stats.hits;
  pthread_t a, b;
  pthread_create(&a,0,wa,&cfg); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return stats.hits;
}
