/* TRUTH: racy — T1 writes g[0]; T2 reads via r(int arr[]) */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
int g[4]; int sink2; static int r(int arr[]){ return arr[0]; }
void *t1(void *a){ (void)a; g[0] = 1; return 0; }
void *t2(void *a){ (void)a; int v = r(g); (void)v; return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
