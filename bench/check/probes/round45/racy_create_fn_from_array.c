/* TRUTH: racy — thread functions come from an array; wa and wb both write shared_x */
#include <pthread.h>
int shared_x;
static void *wa(void *a){ shared_x = 1; return 0; }
static void *wb(void *a){ shared_x = 2; return 0; }
static void *(*fns[2])(void *) = { wa, wb };
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,fns[i],0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return shared_x;
}
