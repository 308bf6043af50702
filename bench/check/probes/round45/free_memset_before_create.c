/* TRUTH: free — buf is memset and strcpy'd before the threads start; the threads only read it */
#include <pthread.h>
#include <string.h>
char buf[64];
void *w(void *a){ return (void*)(long)strlen(buf); }
int main(void){
  memset(buf, 0, sizeof buf);
  strcpy(buf, "hello");
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  memset(buf, 1, sizeof buf);
  return 0;
}
