/* TRUTH: free — thread arg points to struct; ((S*)a)->d[0] vs ->d[1] */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
struct F{int d[4];}; struct F gs;
void *t1(void *a){ (void)a; ((struct F*)&gs)->d[0] = 1; return 0; }
void *t2(void *a){ (void)a; struct F *q = &gs; q->d[1] = 2; return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
