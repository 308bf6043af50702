/* TRUTH: racy — strtok_r is reentrant, but both threads pass the same global save pointer, which it writes */
#include <pthread.h>
#include <string.h>
char *save;
void *w(void *x){
  char buf[32]; strcpy(buf, (const char *)x);
  int n = 0;
  for (char *t = strtok_r(buf, ",", &save); t; t = strtok_r(0, ",", &save)) n++;
  return (void*)(long)n;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,"a,b,c"); pthread_create(&b,0,w,"d,e");
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
