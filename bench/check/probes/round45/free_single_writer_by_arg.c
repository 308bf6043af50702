/* TRUTH: free — only the thread given arg 1 writes flag; the other thread does nothing with it; main reads after join */
#include <pthread.h>
int flag;
void *w(void *x){ if ((long)x == 1) flag = 1; return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return flag;
}
