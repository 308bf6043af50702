/* racy: g is set to 1 between setjmp and longjmp; after longjmp w reads g==1 and writes x while main writes x */
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
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
