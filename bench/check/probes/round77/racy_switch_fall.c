/* TRUTH: racy — case 2 falls through into case 3 which writes x */
#include <pthread.h>
#include <stdlib.h>
int x, y;
void *t1(void *a){ int id=2; switch(id){ case 1: y=1; break; case 2: y=2; case 3: x=1; break; } return 0; }
void *t2(void *a){ x=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
