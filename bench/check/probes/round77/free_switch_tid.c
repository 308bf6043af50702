/* TRUTH: free — t1 switches on id=2; case 2 writes y, x is written only in case 1 */
#include <pthread.h>
#include <stdlib.h>
int x, y;
void *t1(void *a){ int id=2; switch(id){ case 1: x=1; break; case 2: y=1; break; default: x=3; } return 0; }
void *t2(void *a){ x=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
