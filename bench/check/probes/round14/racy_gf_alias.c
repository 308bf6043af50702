/* racy: g2 is an alias of g; w stores 1 through g2, then reads g==1 and writes x while main writes x */
#include <pthread.h>
int g;
extern int g2 __attribute__((alias("g")));
int x;
void *w(void *a){
  if (g == 0) { g2 = 1; if (g == 1) x = 1; }
  return 0;
}
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
