/* TRUTH: free — thread c writes only column c (m[i][c]); columns are disjoint elements */
#include <pthread.h>
int m[8][2];
void *w(void *x){ long c = (long)x; for (int i = 0; i < 8; i++) m[i][c] = i; return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return m[7][1];
}
