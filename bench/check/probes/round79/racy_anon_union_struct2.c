/* TRUTH: racy — anonymous union members x (in anon struct) and arr[0] overlap at offset 0 */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
struct T{union{ struct{int x; int y;}; int arr[2]; };}; struct T t;
void *t1(void *a){ (void)a; t.x = 1; return 0; }
void *t2(void *a){ (void)a; t.arr[0] = 2; return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
