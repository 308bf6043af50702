/* TRUTH: racy — union{int x; int arr[2];}: u.x and u.arr[0] are the same int */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
union U{int x; int arr[2];}; union U u;
void *t1(void *a){ (void)a; u.x = 1; return 0; }
void *t2(void *a){ (void)a; u.arr[0] = 2; return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
