/* TRUTH: free — thread A writes m[0][1] and arr[0].x; thread B writes m[1][0] and arr[0].y: all distinct */
#include <pthread.h>
int m[2][2];
struct P { int x, y; } arr[2];
void *wa(void *a){ m[0][1] = 1; arr[0].x = 1; return 0; }
void *wb(void *a){ m[1][0] = 2; arr[0].y = 2; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return m[0][1] + m[1][0] + arr[0].x + arr[0].y;
}
