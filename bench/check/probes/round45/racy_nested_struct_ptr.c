/* TRUTH: racy — both threads get the same &outer and increment outer.in.cnt without a lock */
#include <pthread.h>
struct In { int cnt; };
struct Out { int id; struct In in; };
void *w(void *x){ struct Out *o = x; o->in.cnt++; return 0; }
int main(void){
  struct Out outer = {0};
  pthread_t a, b;
  pthread_create(&a,0,w,&outer);
  pthread_create(&b,0,w,&outer);
  pthread_join(a,0); pthread_join(b,0);
  return outer.in.cnt;
}
