/* TRUTH: racy — Peterson with plain (volatile) ints: flag/turn writes (line 7) race with the other thread's reads (line 8); cs++ (line 9) may also overlap without SC */
#include <pthread.h>
#include <stdatomic.h>
volatile int flag[2], turn; int cs;
void *w(void *x){ int me = (int)(long)x, other = 1 - me;
  for (int i = 0; i < 1000; i++) {
    flag[me] = 1; turn = other;
    while (flag[other] && turn == other) ;
    cs++;
    flag[me] = 0;
  }
  return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,(void*)0); pthread_create(&b,0,w,(void*)1); pthread_join(a,0); pthread_join(b,0); return cs != 2000; }
