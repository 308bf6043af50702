/* TRUTH: free — f->a vs f->b distinct fields */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
struct F{int a; int b;}; struct F gs; struct F *f = &gs;
void *t1(void *a){ (void)a; f->a = 1; return 0; }
void *t2(void *a){ (void)a; f->b = 2; return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
