/* TRUTH: free — while(j<0) with j=5 never runs the body; t1 writes nothing */
#include <pthread.h>
int a[8];
void *t1(void *p){ int j=5; while(j<0) { a[j]=1; j++; } return 0; }
void *t2(void *p){ a[5]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
