/* TRUTH: racy — T2 writes via offsetof(S,y), same as T1 */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct S{int x; int y;}; struct S s;
void *t1(void *arg){ (void)arg; s.y = 1; return 0; }
void *t2(void *arg){ (void)arg; *(int*)((char*)&s + offsetof(struct S,y)) = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
