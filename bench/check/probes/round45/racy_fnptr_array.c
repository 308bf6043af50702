/* TRUTH: racy — table[0] and table[1] are different functions that both write global total */
#include <pthread.h>
int total;
static void add1(void){ total += 1; }
static void add2(void){ total += 2; }
void (*table[2])(void) = { add1, add2 };
void *w(void *x){ long id = (long)x; table[id](); return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return total;
}
