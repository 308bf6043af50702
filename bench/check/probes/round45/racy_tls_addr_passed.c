/* TRUTH: racy — main passes the address of its own _Thread_local tv; thread writes it while main writes tv */
#include <pthread.h>
_Thread_local int tv;
void *w(void *x){ int *p = x; *p = 1; return 0; }
int main(void){
  pthread_t t;
  pthread_create(&t,0,w,&tv);
  tv = 2;
  pthread_join(t,0);
  return tv;
}
