/* race-free: main writes x after join */
#include <pthread.h>
#include <setjmp.h>
int g; int x;
void *w(void *a){
  jmp_buf jb;
  if (g == 0) {
    if (!setjmp(jb)) { g = 1; longjmp(jb, 1); }
    else { if (g == 1) x = 1; }
  }
  return 0;
}
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_join(t,0); x = 2; return x; }
