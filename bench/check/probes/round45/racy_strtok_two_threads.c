/* TRUTH: racy — strtok keeps hidden static state; two threads calling it race on that state */
#include <pthread.h>
#include <string.h>
void *w(void *x){
  char buf[32]; strcpy(buf, (const char *)x);
  int n = 0;
  for (char *t = strtok(buf, ","); t; t = strtok(0, ",")) n++;
  return (void*)(long)n;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,"a,b,c"); pthread_create(&b,0,w,"d,e");
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
