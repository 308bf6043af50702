/* TRUTH: racy — both threads get the same heap struct and sscanf into &o->val */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct Obj { int val; int other; };
void *w(void *x){ struct Obj *o = x; sscanf("123", "%d", &o->val); return 0; }
int main(void){
  struct Obj *o = calloc(1, sizeof *o);
  pthread_t a, b;
  pthread_create(&a,0,w,o); pthread_create(&b,0,w,o);
  pthread_join(a,0); pthread_join(b,0);
  int r = o->val; free(o); return r;
}
