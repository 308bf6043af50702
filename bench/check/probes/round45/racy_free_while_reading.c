/* TRUTH: racy — main writes o->x (and frees o) while the detached thread may still be reading o->x */
#include <pthread.h>
#include <stdlib.h>
struct Obj { int x; };
void *w(void *a){ struct Obj *o = a; return (void*)(long)o->x; }
int main(void){
  struct Obj *o = malloc(sizeof *o); o->x = 1;
  pthread_t t;
  pthread_create(&t,0,w,o);
  pthread_detach(t);
  o->x = 2;
  free(o);
  pthread_exit(0);
}
