/* racy: fp() (= setg) stores g=1, so g==1 holds and w writes x while main writes x */
#include <pthread.h>
int g; int x;
static void setg(void){ g = 1; }
void (*fp)(void) = setg;
void *w(void *a){ if (g == 0) { fp(); if (g == 1) x = 1; } return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
