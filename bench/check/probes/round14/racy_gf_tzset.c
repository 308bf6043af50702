/* racy: with TZ set to a zone with DST, tzset sets daylight to 1, then main writes x while w writes x */
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
    if (daylight == 1) x = 2;
  }
  pthread_join(t,0); return x; }
