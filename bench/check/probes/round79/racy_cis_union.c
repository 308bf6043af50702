/* TRUTH: racy — u.b.y at offset 4 same as u.a.x */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct A{int tag; int x;}; struct B{int tag; int y; int z;}; union U{struct A a; struct B b;}; union U u;
void *t1(void *arg){ (void)arg; u.a.x = 1; return 0; }
void *t2(void *arg){ (void)arg; u.b.y = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
