/* TRUTH: racy — both threads call ops.bump via a function pointer; bump increments global hits unlocked */
#include <pthread.h>
int hits;
static void bump(void){ hits++; }
struct Ops { void (*bump)(void); } ops;
void *w(void *x){ struct Ops *o = x; o->bump(); return 0; }
int main(void){
  ops.bump = bump;
  pthread_t a, b;
  pthread_create(&a,0,w,&ops); pthread_create(&b,0,w,&ops);
  pthread_join(a,0); pthread_join(b,0);
  return hits;
}
