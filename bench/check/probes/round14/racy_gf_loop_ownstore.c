/* racy: w's second loop iteration sees g==1 (its own store in iteration 1) and writes x while main writes x */
#include <pthread.h>
int g; int x;
void *w(void *a){
  if (g == 0) {
    for (int i = 0; i < 2; i++) {
      if (g == 1) x = 1;
      g = 1;
    }
  }
  return 0;
}
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
