/* TRUTH: free — thread id memcpy's exactly 16 bytes into buf + 16*id; the ranges do not overlap */
#include <pthread.h>
#include <string.h>
char buf[64];
void *w(void *x){ long id = (long)x; char tmp[16]; memset(tmp, 'a' + (int)id, 16); memcpy(buf + 16 * id, tmp, 16); return 0; }
int main(void){
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i],0);
  return buf[63];
}
