/* TRUTH: racy — both threads receive the same array pointer as their argument and qsort it in place */
#include <pthread.h>
#include <stdlib.h>
static int cmp(const void *a, const void *b){ return *(const int *)a - *(const int *)b; }
void *w(void *x){ qsort(x, 32, sizeof(int), cmp); return 0; }
int main(void){
  int *v = malloc(32 * sizeof(int));
  for (int i = 0; i < 32; i++) v[i] = 32 - i;
  pthread_t a, b;
  pthread_create(&a,0,w,v); pthread_create(&b,0,w,v);
  pthread_join(a,0); pthread_join(b,0);
  int r = v[0]; free(v); return r;
}
