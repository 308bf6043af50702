/* TRUTH: racy — thread 1 writes row 1 of m; main reads m[1][0] before joining it */
#include <pthread.h>
int m[2][8];
void *w(void *x){ long r = (long)x; for (int j = 0; j < 8; j++) m[r][j] = j; return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  pthread_join(t[0],0);
  int v = m[1][0];
  pthread_join(t[1],0);
  return v;
}
