/* TRUTH: free — table[0] writes only ga and table[1] writes only gb; thread id calls table[id] */
#include <pthread.h>
int ga, gb;
static void fa(void){ ga++; }
static void fb(void){ gb++; }
void (*table[2])(void) = { fa, fb };
void *w(void *x){ long id = (long)x; table[id](); return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return ga + gb;
}
