/* TRUTH: racy — flag is 0, so flag || (x=1) evaluates the assignment racing t2 */
#include <pthread.h>
#include <stdlib.h>
int x; int flag=0;
void *t1(void *a){ (void)(flag || (x=1)); return 0; }
void *t2(void *a){ x=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
