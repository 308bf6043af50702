/* TRUTH: racy — w(int *arr,i): T1 w(g,0), T2 w(g,0) both write g[0] */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
int g[4]; static void w(int *arr, int i){ arr[i] = 1; }
void *t1(void *a){ (void)a; w(g, 0); return 0; }
void *t2(void *a){ (void)a; w(g, 0); return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
