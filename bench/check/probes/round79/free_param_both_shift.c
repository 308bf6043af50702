/* TRUTH: free — T1 w(g,2) writes g[2], T2 w(g+1,0) writes g[1] */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
int g[4]; static void w(int *arr, int i){ arr[i] = 1; }
void *t1(void *a){ (void)a; w(g, 2); return 0; }
void *t2(void *a){ (void)a; w(g+1, 0); return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
