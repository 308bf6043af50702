/* TRUTH: racy — g++ (line 6) runs in the branch where mtx_trylock FAILED (thrd_busy): not holding m */
#include <threads.h>
int g; mtx_t m;
int w(void *a){
  for (int i = 0; i < 100; i++) {
    if (mtx_trylock(&m) == thrd_busy) { g++; } else { mtx_unlock(&m); }
  }
  return 0; }
int main(void){ thrd_t t1,t2; mtx_init(&m, mtx_plain);
  thrd_create(&t1,w,0); thrd_create(&t2,w,0); thrd_join(t1,0); thrd_join(t2,0); return g; }
