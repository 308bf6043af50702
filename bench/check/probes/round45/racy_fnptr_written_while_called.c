/* TRUTH: racy — main rewrites ops.fn after create while the thread loads ops.fn to call it */
#include <pthread.h>
static int f1(void){ return 1; }
static int f2(void){ return 2; }
struct Ops { int (*fn)(void); } ops = { f1 };
void *w(void *x){ return (void*)(long)ops.fn(); }
int main(void){
  pthread_t t;
  pthread_create(&t,0,w,0);
  ops.fn = f2;
  pthread_join(t,0);
  return 0;
}
