/* TRUTH: free — threads only call getenv (nobody modifies the environment), so there is no write */
#include <pthread.h>
#include <stdlib.h>
void *w(void *x){ const char *v = getenv("HOME"); return (void*)(long)(v ? v[0] : 0); }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return 0;
}
