/* TRUTH: free — f->in.d[0] vs f->in.d[2] distinct */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
struct F{int n; struct{int d[4];} in;}; struct F gs; struct F *f = &gs;
void *t1(void *a){ (void)a; f->in.d[0] = 1; return 0; }
void *t2(void *a){ (void)a; f->in.d[2] = 2; return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
