/* TRUTH: racy — ctime returns a static buffer; two threads call it and read the string */
#include <pthread.h>
#include <time.h>
void *w(void *x){ time_t t = (time_t)(long)x; char *s = ctime(&t); return (void*)(long)s[0]; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)0L); pthread_create(&b,0,w,(void*)2000000000L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
