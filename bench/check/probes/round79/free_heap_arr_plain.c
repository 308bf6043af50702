/* TRUTH: free — p[0] vs p[1] of heap int array distinct */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
int *p;
void *t1(void *a){ (void)a; p[0] = 1; return 0; }
void *t2(void *a){ (void)a; p[1] = 2; return 0; }
static void init(void) __attribute__((constructor)); static void init(void){ p = malloc(4*sizeof(int)); }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
