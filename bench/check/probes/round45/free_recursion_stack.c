/* TRUTH: free — recursive fill() writes only into the calling thread's own stack array */
#include <pthread.h>
static void fill(int *a, int n){ if (n == 0) return; a[n - 1] = n; fill(a, n - 1); }
void *w(void *x){ int a[16]; fill(a, 16); return (void*)(long)a[15]; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return 0;
}
