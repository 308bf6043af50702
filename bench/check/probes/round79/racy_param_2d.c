/* TRUTH: racy — w(int m[][4]) writes m[1][2]; both threads call w(g) */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
int g[4][4]; static void w(int m[][4]){ m[1][2] = 1; }
void *t1(void *a){ (void)a; w(g); return 0; }
void *t2(void *a){ (void)a; w(g); return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
