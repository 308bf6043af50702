/* TRUTH: racy — the recursion writes leaf_hits only in its base case; both threads reach it */
#include <pthread.h>
int leaf_hits;
static int rec(int n){ if (n <= 0) { leaf_hits++; return 1; } return rec(n - 1) + rec(n - 2); }
void *w(void *x){ return (void*)(long)rec(4); }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return leaf_hits;
}
