/* TRUTH: free — each thread memcpy's the shared (read-only) template into its own stack array and sorts that */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
int tmpl[16] = { 9,3,7,1,8,2,6,4,5,0,15,11,13,10,12,14 };
static int cmp(const void *a, const void *b){ return *(const int *)a - *(const int *)b; }
void *w(void *x){ int v[16]; memcpy(v, tmpl, sizeof v); qsort(v, 16, sizeof v[0], cmp); return (void*)(long)v[0]; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
