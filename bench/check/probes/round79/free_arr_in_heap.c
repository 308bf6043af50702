/* TRUTH: free — s->d[0] and s->d[1] of fixed array in heap struct are distinct */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
struct F{int n; int d[4];}; struct F *f;
void *t1(void *a){ (void)a; f->d[0] = 1; return 0; }
void *t2(void *a){ (void)a; f->d[1] = 2; return 0; }
static void init(void) __attribute__((constructor)); static void init(void){ f = malloc(sizeof(struct F)); }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
