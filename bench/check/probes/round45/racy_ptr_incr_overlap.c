/* TRUTH: racy — thread A gets arr+1 and writes p[0]; thread B gets arr and writes p[0],p[1]; both hit arr[1] */
#include <pthread.h>
int arr[4];
void *wa(void *x){ int *p = x; p[0] = 1; return 0; }
void *wb(void *x){ int *p = x; p[0] = 2; p[1] = 2; return 0; }
int main(void){
  pthread_t a, b;
  int *p = arr;
  p++;
  pthread_create(&a,0,wa,p);
  pthread_create(&b,0,wb,arr);
  pthread_join(a,0); pthread_join(b,0);
  return arr[1];
}
