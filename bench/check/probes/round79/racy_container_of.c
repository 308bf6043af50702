/* TRUTH: racy — T2 writes n.a, same as T1 */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#define container_of(p,T,m) ((T*)((char*)(p)-offsetof(T,m)))
struct link{struct link *next;}; struct node{int a; struct link l; int b;}; struct node n; struct link *lp=&n.l;
void *t1(void *arg){ (void)arg; container_of(lp, struct node, l)->a = 1; return 0; }
void *t2(void *arg){ (void)arg; n.a = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
