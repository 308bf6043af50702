/* TRUTH: free — thread r writes only row r of m; main reads after all joins */
#include <pthread.h>
int m[4][8];
void *w(void *x){ long r = (long)x; for (int j = 0; j < 8; j++) m[r][j] = (int)r + j; return 0; }
int main(void){
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i],0);
  return m[3][7];
}
