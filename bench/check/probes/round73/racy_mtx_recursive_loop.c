/* TRUTH: racy — lock taken 3 times in a loop, released 3 times in a loop, then g++ (line 8) unprotected */
#include <threads.h>
int g; mtx_t m;
int w(void *a){
  int i;
  for (i = 0; i < 3; i++) mtx_lock(&m);
  for (i = 0; i < 3; i++) mtx_unlock(&m);
  g++;
  return 0; }
int main(void){ thrd_t t1,t2; mtx_init(&m, mtx_plain | mtx_recursive);
  thrd_create(&t1,w,0); thrd_create(&t2,w,0); thrd_join(t1,0); thrd_join(t2,0); return g; }
