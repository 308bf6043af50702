/* TRUTH: free — f->d[0] and f->d[3] are distinct FAM elements */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
struct F{int n; int d[];}; struct F *f;
void *t1(void *a){ (void)a; f->d[0] = 1; return 0; }
void *t2(void *a){ (void)a; f->d[3] = 2; return 0; }
static void init(void) __attribute__((constructor)); static void init(void){ f = malloc(sizeof(struct F)+4*sizeof(int)); }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
