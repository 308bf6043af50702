/* TRUTH: free — f=&gs; T1 writes f->d[0], T2 writes f->d[3] */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
struct F{int d[4]; int n;}; struct F gs; struct F *f = &gs;
void *t1(void *a){ (void)a; f->d[0] = 1; return 0; }
void *t2(void *a){ (void)a; f->d[3] = 2; return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
