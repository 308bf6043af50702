/* TRUTH: racy — table starts as {fa, fb} but main sets table[1] = fa before create, so both threads run fa and write ga */
#include <pthread.h>
int ga, gb;
static void fa(void){ ga++; }
static void fb(void){ gb++; }
void (*table[2])(void) = { fa, fb };
void *w(void *x){ long id = (long)x; table[id](); return 0; }
int main(void){
  table[1] = fa;
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return ga + gb;
}
