/* TRUTH: racy — recursive walk increments global depth_sum at every level; two threads run it */
#include <pthread.h>
int depth_sum;
static int walk(int n){ if (n == 0) return 0; depth_sum += n; return walk(n - 1) + 1; }
void *w(void *x){ walk(5); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return depth_sum;
}
