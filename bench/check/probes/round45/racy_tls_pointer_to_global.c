/* TRUTH: racy — tp is thread-local but every thread's copy is initialised to &g, so *tp writes hit one global */
#include <pthread.h>
int g;
__thread int *tp = &g;
void *w(void *x){ *tp += 1; return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return g;
}
