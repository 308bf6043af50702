/* race-free: main writes x only after joining w */
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
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_join(t,0); x = 2; return x; }
