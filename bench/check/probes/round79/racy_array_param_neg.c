/* TRUTH: racy — w(g+1) writes arr[-1] == g[0]; T1 writes g[0] */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
int g[4]; static void w(int *arr){ arr[-1] = 1; }
void *t1(void *a){ (void)a; g[0] = 1; return 0; }
void *t2(void *a){ (void)a; w(g+1); return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
