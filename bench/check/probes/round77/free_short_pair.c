/* TRUTH: free — malloc buffer: t1 stores an int at bytes 0..3; t2 stores a char at byte 4 */
#include <pthread.h>
#include <stdlib.h>
unsigned char *buf;
void *t1(void *p){ *(int*)buf=1; return 0; }
void *t2(void *p){ buf[4]=2; return 0; }
int main(void){ pthread_t x,y; buf=malloc(16); pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
