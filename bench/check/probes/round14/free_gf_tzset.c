/* race-free: main writes x only after join */
#include <pthread.h>
#include <stdlib.h>
#include <time.h>
int x;
void *w(void *a){ x = 1; return 0; }
int main(void){
  pthread_t t; pthread_create(&t,0,w,0);
  if (daylight == 0) {
    setenv("TZ", "EST5EDT", 1);
    tzset();
    if (daylight == 1) { pthread_join(t,0); x = 2; return 0; }
  }
  pthread_join(t,0); return x; }
