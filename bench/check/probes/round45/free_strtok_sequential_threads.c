/* TRUTH: free — strtok's hidden state is used by two threads, but the second starts only after the first is joined */
#include <pthread.h>
#include <string.h>
void *w(void *x){
  char buf[32]; strcpy(buf, (const char *)x);
  int n = 0;
  for (char *t = strtok(buf, ","); t; t = strtok(0, ",")) n++;
  return (void*)(long)n;
}
int main(void){
  pthread_t t;
  pthread_create(&t,0,w,"a,b,c"); pthread_join(t,0);
  pthread_create(&t,0,w,"d,e"); pthread_join(t,0);
  return 0;
}
