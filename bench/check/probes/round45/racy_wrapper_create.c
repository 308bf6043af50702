/* TRUTH: racy — spawn() wraps pthread_create; the spawned fn writes config while main writes config before join */
#include <pthread.h>
int config;
static pthread_t spawn(void *(*fn)(void *), void *arg){ pthread_t t; pthread_create(&t,0,fn,arg); return t; }
static void *loader(void *x){ config = 1; return 0; }
int main(void){
  pthread_t t = spawn(loader, 0);
  config = 2;
  pthread_join(t,0);
  return config;
}
