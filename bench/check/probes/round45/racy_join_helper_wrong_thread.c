/* TRUTH: racy — join_first() joins only t[0]; main then reads out[1] written by the still-running t[1] */
#include <pthread.h>
int out[2];
static void join_first(pthread_t *t){ pthread_join(t[0],0); }
void *w(void *x){ long id = (long)x; out[id] = (int)id + 1; return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  join_first(t);
  int r = out[0] + out[1];
  pthread_join(t[1],0);
  return r;
}
