/* TRUTH: racy — recursive mutex locked twice, unlocked twice, then g++ (line 7) outside the lock in both threads */
#include <threads.h>
int g; mtx_t m;
int w(void *a){
  mtx_lock(&m); mtx_lock(&m); g++;
  mtx_unlock(&m); mtx_unlock(&m);
  g++;
  return 0; }
int main(void){ thrd_t t1,t2; mtx_init(&m, mtx_plain | mtx_recursive);
  thrd_create(&t1,w,0); thrd_create(&t2,w,0); thrd_join(t1,0); thrd_join(t2,0); return g; }
