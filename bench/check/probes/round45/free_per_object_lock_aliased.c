/* TRUTH: free — thread A uses &objs[1], thread B uses objs+1: same object, same per-object mutex around count */
#include <pthread.h>
struct Obj { pthread_mutex_t m; int count; } objs[2] = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
void *w(void *x){ struct Obj *o = x; pthread_mutex_lock(&o->m); o->count++; pthread_mutex_unlock(&o->m); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,&objs[1]); pthread_create(&b,0,w,objs + 1);
  pthread_join(a,0); pthread_join(b,0);
  return objs[1].count;
}
