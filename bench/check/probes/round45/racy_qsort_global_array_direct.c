/* TRUTH: racy — two threads qsort the same global array in place; qsort writes (swaps) its elements */
#include <pthread.h>
#include <stdlib.h>
int vals[64];
static int cmp(const void *a, const void *b){ return *(const int *)a - *(const int *)b; }
void *w(void *x){ qsort(vals, 64, sizeof(int), cmp); return 0; }
int main(void){
  for (int i = 0; i < 64; i++) vals[i] = 64 - i;
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return vals[0];
}
