/* TRUTH: racy — helper longjmps out of the pass before the join; main then writes x while f runs */
#include <pthread.h>
#include <setjmp.h>
#include <unistd.h>
int x; jmp_buf env;
void *f(void *a){ usleep(1000); x++; return 0; }
static void bail(int i){ if (i==2) longjmp(env,1); }
int main(void){ pthread_t t; if (setjmp(env)) { x = 9; sleep(1); return 0; }
  for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); bail(i); pthread_join(t,0);} return 0; }
