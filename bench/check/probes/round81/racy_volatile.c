/* TRUTH: racy — volatile int flag and data both plain non-atomic: volatile gives no happens-before; flag itself races */
#include <pthread.h>
volatile int flag;
int data;
void *w(void *a) { data = 1; flag = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  while (!flag) ;
  int v = data;
  pthread_join(t, 0);
  return v;
}
