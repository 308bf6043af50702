/* TRUTH: racy — asctime writes one static buffer; two threads call it and read the result */
#include <pthread.h>
#include <time.h>
void *w(void *x){
  struct tm tm = {0}; tm.tm_year = (int)(long)x; tm.tm_mday = 1;
  char *s = asctime(&tm);
  return (void*)(long)s[0];
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)70L); pthread_create(&b,0,w,(void*)100L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
