/* TRUTH: free — s[i].self=&s[i]; T1 writes s[0].self->v, T2 writes s[1].v */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct S{struct S *self; int v;}; struct S s[2];
void *t1(void *arg){ (void)arg; s[0].self->v = 1; return 0; }
void *t2(void *arg){ (void)arg; s[1].v = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  s[0].self=&s[0]; s[1].self=&s[1];
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
