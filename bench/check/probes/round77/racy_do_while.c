/* TRUTH: racy — do-while runs body once even though j<0 fails: t1 writes a[5] racing t2 */
#include <pthread.h>
int a[8];
void *t1(void *p){ int j=5; do { a[j]=1; j++; } while(j<0); return 0; }
void *t2(void *p){ a[5]=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return a[0]; }
