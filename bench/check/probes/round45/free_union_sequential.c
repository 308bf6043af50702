/* TRUTH: free — thread writes u.f; main writes u.i before create and reads u.i only after join */
#include <pthread.h>
union U { int i; float f; } u;
void *w(void *x){ u.f = 1.5f; return 0; }
int main(void){
  u.i = 7;
  pthread_t t;
  pthread_create(&t,0,w,0);
  pthread_join(t,0);
  return u.i;
}
