/* TRUTH: racy — init runs once under pthread_once, but afterwards both threads write cfg_level with no lock */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
int cfg_level;
static void init(void){ cfg_level = 1; }
void *w(void *x){ pthread_once(&once, init); cfg_level += (int)(long)x; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)1L); pthread_create(&b,0,w,(void*)2L);
  pthread_join(a,0); pthread_join(b,0);
  return cfg_level;
}
