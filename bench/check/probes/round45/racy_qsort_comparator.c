/* TRUTH: racy — the qsort comparator counts comparisons in a global; two threads sort concurrently */
#include <pthread.h>
#include <stdlib.h>
long ncmp;
static int cmp(const void *a, const void *b){ ncmp++; return *(const int *)a - *(const int *)b; }
void *w(void *a){ int v[8] = {5,3,7,1,8,2,6,4}; qsort(v, 8, sizeof v[0], cmp); return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return (int)ncmp;
}
